package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanChange;
import io.queryscope.regression.SideBySideDiff;
import io.queryscope.regression.StatementComparison;
import io.queryscope.regression.StatementComparison.Verdict;
import java.io.StringWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as CI servers read it: one test case per statement. A regression at or above {@code
 * --fail-on} is a {@code <failure>}, a statement that cannot be planned at that level an {@code
 * <error>}; milder changes and improvements pass and are told in {@code <system-out>}.
 */
final class JunitCheckRenderer implements CheckRenderer {

  static final String SUITE = "queryscope plans check";
  static final String CLASS_NAME = "queryscope.plans";

  @Override
  public String text(CheckReport report, Severity failOn) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", String.valueOf(report.statements().size()));
      xml.writeAttribute("failures", String.valueOf(count(report, failOn, false)));
      xml.writeAttribute("errors", String.valueOf(count(report, failOn, true)));
      xml.writeAttribute("skipped", "0");
      xml.writeCharacters("\n");
      for (StatementComparison statement : report.statements()) {
        testCase(statement, failOn, xml);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write JUnit XML: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static long count(CheckReport report, Severity failOn, boolean errors) {
    return report.statements().stream()
        .filter(s -> s.failsAt(failOn))
        .filter(s -> (s.verdict() == Verdict.FAILED) == errors)
        .count();
  }

  private static void testCase(StatementComparison statement, Severity failOn, XMLStreamWriter xml)
      throws XMLStreamException {
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", CLASS_NAME);
    xml.writeAttribute("name", statement.id());
    xml.writeAttribute("time", "0");
    String details = details(statement);
    if (statement.failsAt(failOn)) {
      boolean error = statement.verdict() == Verdict.FAILED;
      PlanChange worst = statement.regressions().get(0);
      xml.writeStartElement(error ? "error" : "failure");
      xml.writeAttribute("type", worst.kind().id());
      xml.writeAttribute(
          "message",
          String.format(
              Locale.ROOT,
              "%s plan regression: %s",
              worst.severity().id(),
              statement.regressions().stream()
                  .map(c -> c.kind().id() + " (" + c.detail() + ")")
                  .collect(Collectors.joining("; "))));
      xml.writeCharacters(details);
      xml.writeEndElement();
    } else if (!statement.changes().isEmpty()) {
      xml.writeStartElement("system-out");
      xml.writeCharacters(details);
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String details(StatementComparison statement) {
    StringBuilder text = new StringBuilder();
    text.append(statement.id()).append(": ").append(statement.verdict().id()).append('\n');
    for (PlanChange change : statement.changes()) {
      text.append(
          String.format(
              Locale.ROOT,
              "  %s %s %s: %s%n",
              change.direction() == PlanChange.Direction.REGRESSION ? "regression" : "improvement",
              change.severity().id(),
              change.kind().id(),
              change.detail()));
    }
    if (statement.verdict() == Verdict.REGRESSED || statement.verdict() == Verdict.FAILED) {
      text.append('\n')
          .append(
              SideBySideDiff.render(
                  statement.baseline().plan().root(),
                  statement.current() == null ? null : statement.current().root()));
    }
    return text.toString();
  }
}
