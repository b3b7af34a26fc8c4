package io.queryscope.junit;

import io.queryscope.core.finding.Finding;
import java.util.List;

/** Findings as a failure message: rule, title, each statement shape with counts and call sites. */
final class FindingText {

  private FindingText() {}

  /**
   * @param headline what was expected and what was found, ending with a colon
   */
  static String failure(String headline, List<Finding> findings, Evaluation evaluation) {
    StatementSites sites = StatementSites.of(evaluation.events());
    StringBuilder out = new StringBuilder(headline).append("\n\n");
    for (Finding f : findings) {
      append(out, f, sites);
      out.append('\n');
    }
    Finding first = findings.get(0);
    out.append("Fix them, or accept one with @AllowFinding(rule = \"")
        .append(first.rule())
        .append('"');
    if (!first.fingerprints().isEmpty()) {
      out.append(", fingerprint = \"").append(first.fingerprints().get(0)).append('"');
    }
    out.append(", reason = \"…\") on the test.");
    return out.toString();
  }

  static void append(StringBuilder out, Finding f, StatementSites sites) {
    out.append("  ")
        .append(f.rule())
        .append(" (")
        .append(f.severity().id())
        .append("): ")
        .append(f.title())
        .append('\n');
    boolean first = true;
    for (String fingerprint : f.fingerprints()) {
      StatementSites.Shape shape = sites.shape(fingerprint);
      out.append("    fingerprint ").append(fingerprint);
      if (!first) {
        out.append(" (related)");
      }
      if (shape == null) {
        out.append(", not run in this test");
        if (first && f.query() != null) {
          out.append(": ").append(Sql.shorten(f.query().sql()));
        }
        out.append('\n');
      } else {
        out.append(", ")
            .append(shape.executions)
            .append(shape.executions == 1 ? " execution: " : " executions: ")
            .append(Sql.shorten(first && f.query() != null ? f.query().sql() : shape.sql))
            .append('\n');
        StatementSites.appendSites(out, shape, "      ");
      }
      first = false;
    }
    if (f.recommendation() != null && f.recommendation().summary() != null) {
      out.append("    fix: ").append(f.recommendation().summary().strip()).append('\n');
      if (f.recommendation().ddl() != null) {
        out.append("         ").append(f.recommendation().ddl()).append('\n');
      }
    }
  }
}
