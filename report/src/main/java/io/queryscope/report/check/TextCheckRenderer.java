package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanChange;
import io.queryscope.regression.SideBySideDiff;
import io.queryscope.regression.StatementComparison;
import io.queryscope.regression.StatementComparison.Verdict;
import java.util.Locale;

/** For a person at a terminal: one line per statement, details and a tree diff where it changed. */
final class TextCheckRenderer implements CheckRenderer {

  @Override
  public String text(CheckReport report, Severity failOn) {
    StringBuilder out = new StringBuilder();
    out.append("plan check: baseline from ")
        .append(Summary.baseline(report))
        .append(", checked on ")
        .append(Summary.target(report))
        .append("\n\n");
    for (StatementComparison statement : report.statements()) {
      out.append(String.format(Locale.ROOT, "%-10s %s", statement.verdict().id(), statement.id()));
      statement.worstSeverity().ifPresent(s -> out.append("  [").append(s.id()).append(']'));
      out.append('\n');
      for (PlanChange change : statement.changes()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-11s %-7s %-20s %s%n",
                change.direction() == PlanChange.Direction.REGRESSION
                    ? "regression"
                    : "improvement",
                change.severity().id(),
                change.kind().id(),
                change.detail()));
      }
      if (statement.verdict() == Verdict.REGRESSED || statement.verdict() == Verdict.FAILED) {
        out.append('\n');
        SideBySideDiff.render(
                statement.baseline().plan().root(),
                statement.current() == null ? null : statement.current().root())
            .lines()
            .forEach(line -> out.append("    ").append(line).append('\n'));
        out.append('\n');
      }
    }
    out.append('\n').append(Summary.line(report, failOn)).append('\n');
    return out.toString();
  }
}
