package io.queryscope.report;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --format junit}: JUnit XML that CI servers show as tests. One test case per finding (rule
 * and fingerprint); those at or above {@code --fail-on} are failures. Rules that found nothing
 * appear as passing cases, so the report also says what was checked.
 */
final class JunitRenderer implements ReportRenderer {

  private final RenderOptions options;

  JunitRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(ReportDocument document, PrintWriter out) {
    Report report = document.report();
    List<Finding> findings = report.findings();
    Set<String> fired = findings.stream().map(Finding::rule).collect(Collectors.toSet());
    List<RuleInfo> quiet = document.rules().stream().filter(r -> !fired.contains(r.id())).toList();
    long failures = findings.stream().filter(this::fails).count();
    int tests = findings.size() + quiet.size();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "queryscope");
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", "queryscope");
      xml.writeAttribute("tests", String.valueOf(tests));
      xml.writeAttribute("failures", String.valueOf(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      if (report.target() != null && report.target().url() != null) {
        xml.writeAttribute("hostname", report.target().url());
      }
      for (Finding f : findings) {
        xml.writeCharacters("\n    ");
        testCase(xml, f);
      }
      for (RuleInfo r : quiet) {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("testcase");
        xml.writeAttribute("classname", "queryscope." + r.id());
        xml.writeAttribute("name", "no findings");
        xml.writeAttribute("time", "0");
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write JUnit XML: " + e.getMessage(), e);
    }
    out.flush();
  }

  private boolean fails(Finding f) {
    return options.failOn() != null && f.severity().atLeast(options.failOn());
  }

  private void testCase(XMLStreamWriter xml, Finding f) throws XMLStreamException {
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", "queryscope." + f.rule());
    xml.writeAttribute("name", caseName(f));
    xml.writeAttribute("time", "0");
    String body = body(f);
    if (fails(f)) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", f.severity().id());
      xml.writeAttribute("message", "[" + f.severity().id() + "] " + f.title());
      xml.writeCharacters(body);
      xml.writeEndElement();
    } else {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters("[" + f.severity().id() + "] " + f.title() + "\n" + body);
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static String caseName(Finding f) {
    if (f.query() != null && f.query().fingerprint() != null) {
      return f.query().fingerprint() + " " + abbreviate(f.query().sql());
    }
    return f.title();
  }

  private static String body(Finding f) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "priority %d, estimated %.1f ms saved",
            f.priority(),
            f.impact() == null ? 0.0 : f.impact().estimatedMsSaved()));
    if (f.query() != null) {
      lines.add("query: " + f.query().sql());
    }
    EvidenceText.lines(f.evidence()).forEach(l -> lines.add("  " + l));
    if (f.recommendation() != null) {
      lines.add("fix: " + f.recommendation().summary());
      if (f.recommendation().ddl() != null) {
        lines.add("  " + f.recommendation().ddl());
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String abbreviate(String sql) {
    if (sql == null) {
      return "";
    }
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
