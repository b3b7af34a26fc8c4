package io.queryscope.report;

import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.Target;
import io.queryscope.report.text.Ansi;
import io.queryscope.report.text.Figures;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format text}, the default: a summary, then each finding in priority order with its
 * query, evidence and the fix. Colour only when {@link RenderOptions#color()}.
 */
final class TextRenderer implements ReportRenderer {

  private static final String INDENT = "      ";

  private final Ansi ansi;

  TextRenderer(RenderOptions options) {
    this.ansi = Ansi.of(options.color());
  }

  @Override
  public void render(ReportDocument document, PrintWriter out) {
    Report report = document.report();
    out.println(
        ansi.bold("queryscope " + report.tool().version()) + "  " + target(report.target()));
    out.println(summaryLine(report));
    double saved = report.findings().stream().mapToDouble(f -> f.impact().estimatedMsSaved()).sum();
    if (saved > 0) {
      out.println("estimated saving if all are fixed: " + ansi.green(Figures.millis(saved)));
    }
    if (report.findings().isEmpty()) {
      out.println();
      out.println(ansi.green("No findings."));
    }
    for (Finding f : report.findings()) {
      out.println();
      finding(f, document, out);
    }
    if (!report.notes().isEmpty()) {
      out.println();
      out.println(ansi.bold("Notes"));
      for (String note : report.notes()) {
        out.println("  - " + note);
      }
    }
    out.flush();
  }

  private String target(Target t) {
    if (t == null) {
      return ansi.dim("captured events");
    }
    String what =
        (t.dialect() == null ? "" : t.dialect().id())
            + (t.serverVersion() == null ? "" : " " + t.serverVersion().raw());
    return ansi.dim(what.trim() + (t.url() == null ? "" : "  " + t.url()));
  }

  private String summaryLine(Report report) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = report.findings().stream().filter(f -> f.severity() == s).count();
      if (n > 0) {
        parts.add(n + " " + s.id());
      }
    }
    return Figures.count(report.summary().statements())
        + " statements · "
        + Figures.count(report.summary().fingerprints())
        + " fingerprints · "
        + ansi.bold(report.findings().size() + " findings")
        + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private void finding(Finding f, ReportDocument document, PrintWriter out) {
    out.println(
        ansi.bold(String.format("#%-3d", f.priority()))
            + " "
            + severity(f.severity())
            + "  "
            + ansi.cyan(f.rule())
            + "  "
            + ansi.bold(f.title()));
    if (f.impact() != null && f.impact().estimatedMsSaved() > 0) {
      out.println(
          INDENT
              + "impact   ~"
              + Figures.millis(f.impact().estimatedMsSaved())
              + " saved"
              + (f.impact().share() > 0
                  ? " (" + Figures.percent(f.impact().share()) + " of observed time)"
                  : ""));
    }
    if (f.query() != null) {
      out.println(INDENT + "query    " + oneLine(f.query().sql()));
      out.println(
          INDENT
              + ansi.dim(
                  "         "
                      + Figures.count(f.query().calls())
                      + " calls, "
                      + Figures.millis(f.query().totalMs())
                      + " total, fingerprint "
                      + f.query().fingerprint()));
    }
    for (CallSite site : JsonReport.callSites(f, document)) {
      out.println(INDENT + "at       " + site);
    }
    List<String> evidence = EvidenceText.lines(f.evidence());
    for (int i = 0; i < evidence.size(); i++) {
      out.println(INDENT + (i == 0 ? "evidence " : "         ") + ansi.dim(evidence.get(i)));
    }
    Recommendation r = f.recommendation();
    if (r != null) {
      out.println(INDENT + "fix      " + r.summary());
      if (r.ddl() != null) {
        out.println(INDENT + "         " + ansi.green(r.ddl()));
      }
      if (r.codeChange() != null) {
        for (String line : r.codeChange().split("\n")) {
          out.println(INDENT + "         " + line);
        }
      }
      if (r.verified() != null) {
        out.println(
            INDENT
                + "         verified: cost "
                + Figures.cost(r.verified().costBefore())
                + " → "
                + Figures.cost(r.verified().costAfter())
                + " ("
                + Figures.percent(r.verified().improvement())
                + " less, "
                + r.verified().method()
                + ")");
      }
    }
  }

  private String severity(Severity s) {
    String label = String.format("%-8s", s.name());
    return switch (s) {
      case CRITICAL -> ansi.boldRed(label);
      case HIGH -> ansi.red(label);
      case MEDIUM -> ansi.yellow(label);
      case LOW -> ansi.blue(label);
      case INFO -> ansi.dim(label);
    };
  }

  private static String oneLine(String sql) {
    if (sql == null) {
      return "-";
    }
    String s = sql.replaceAll("\\s+", " ").trim();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }
}
