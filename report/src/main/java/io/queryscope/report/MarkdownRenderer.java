package io.queryscope.report;

import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.report.text.Figures;
import java.io.PrintWriter;

/**
 * {@code --format markdown}, for pull-request comments: a ranked table that fits a review, and a
 * collapsed section per finding with the query, evidence and fix.
 */
final class MarkdownRenderer implements ReportRenderer {

  @Override
  public void render(ReportDocument document, PrintWriter out) {
    Report report = document.report();
    out.println(
        "## queryscope: "
            + report.findings().size()
            + " finding"
            + (report.findings().size() == 1 ? "" : "s"));
    out.println();
    StringBuilder meta = new StringBuilder();
    if (report.target() != null && report.target().dialect() != null) {
      meta.append("**Target:** ")
          .append(report.target().dialect().id())
          .append(' ')
          .append(
              report.target().serverVersion() == null ? "" : report.target().serverVersion().raw());
      if (report.target().url() != null) {
        meta.append(" `").append(report.target().url()).append('`');
      }
      meta.append(" · ");
    }
    meta.append(Figures.count(report.summary().statements()))
        .append(" statements · ")
        .append(Figures.count(report.summary().fingerprints()))
        .append(" fingerprints");
    double saved = report.findings().stream().mapToDouble(f -> f.impact().estimatedMsSaved()).sum();
    if (saved > 0) {
      meta.append(" · estimated saving ").append(Figures.millis(saved));
    }
    out.println(meta);
    out.println();
    if (!report.findings().isEmpty()) {
      MarkdownTable table =
          new MarkdownTable(
              "|---:|---|---|---|---:|", "#", "severity", "rule", "finding", "est. saved");
      for (Finding f : report.findings()) {
        table.row(f.priority(), badge(f.severity()), "`" + f.rule() + "`", f.title(), saved(f));
      }
      out.print(table);
      out.println();
    }
    for (Finding f : report.findings()) {
      details(f, document, out);
    }
    if (!report.notes().isEmpty()) {
      out.println("### Notes");
      out.println();
      report.notes().forEach(n -> out.println("- " + n));
      out.println();
    }
    out.flush();
  }

  private void details(Finding f, ReportDocument document, PrintWriter out) {
    out.println(
        "<details><summary><b>#"
            + f.priority()
            + " "
            + html(f.rule())
            + "</b> — "
            + html(f.title())
            + "</summary>");
    out.println();
    if (f.query() != null) {
      out.println(
          "**Query** ("
              + Figures.count(f.query().calls())
              + " calls, "
              + Figures.millis(f.query().totalMs())
              + " total, fingerprint `"
              + f.query().fingerprint()
              + "`)");
      out.println();
      fence("sql", f.query().sql(), out);
    }
    for (CallSite site : JsonReport.callSites(f, document)) {
      out.println("- called at `" + site + "`");
    }
    if (!f.evidence().isEmpty()) {
      out.println("**Evidence**");
      out.println();
      EvidenceText.lines(f.evidence()).forEach(l -> out.println("- " + l));
      out.println();
    }
    Recommendation r = f.recommendation();
    if (r != null) {
      out.println("**Fix:** " + r.summary());
      out.println();
      if (r.ddl() != null) {
        fence("sql", r.ddl(), out);
      }
      if (r.codeChange() != null) {
        fence("", r.codeChange(), out);
      }
      if (r.verified() != null) {
        out.println(
            "Verified on the server ("
                + r.verified().method()
                + "): cost "
                + Figures.cost(r.verified().costBefore())
                + " → "
                + Figures.cost(r.verified().costAfter())
                + ".");
        out.println();
      }
    }
    out.println("</details>");
    out.println();
  }

  private static String saved(Finding f) {
    if (f.impact() == null || f.impact().estimatedMsSaved() <= 0) {
      return "–";
    }
    return Figures.millis(f.impact().estimatedMsSaved())
        + (f.impact().share() > 0 ? " (" + Figures.percent(f.impact().share()) + ")" : "");
  }

  private static String badge(Severity s) {
    String dot =
        switch (s) {
          case CRITICAL -> "🟥";
          case HIGH -> "🔴";
          case MEDIUM -> "🟠";
          case LOW -> "🔵";
          case INFO -> "⚪";
        };
    return dot + " " + s.id();
  }

  private static void fence(String lang, String text, PrintWriter out) {
    // A longer fence than any backtick run inside keeps the block closed.
    String fence = text.contains("```") ? "````" : "```";
    out.println(fence + lang);
    out.println(text.strip());
    out.println(fence);
    out.println();
  }

  /** Text inside the HTML {@code <details>} tags GitHub renders in Markdown. */
  private static String html(String s) {
    return Html.text(s);
  }
}
