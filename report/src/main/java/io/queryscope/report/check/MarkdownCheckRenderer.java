package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanChange;
import io.queryscope.regression.SideBySideDiff;
import io.queryscope.regression.StatementComparison;
import io.queryscope.regression.StatementComparison.Verdict;
import io.queryscope.report.MarkdownTable;
import java.util.stream.Collectors;

/** For a pull-request comment or a CI job summary: a table, then each regression with its diff. */
final class MarkdownCheckRenderer implements CheckRenderer {

  @Override
  public String text(CheckReport report, Severity failOn) {
    StringBuilder md = new StringBuilder();
    md.append("## queryscope plan check\n\n");
    md.append("Baseline from ")
        .append(Summary.baseline(report))
        .append(", checked on ")
        .append(Summary.target(report))
        .append(". ")
        .append(report.failsAt(failOn) ? "**Failed**" : "**Passed**")
        .append(" (fails on ")
        .append(failOn.id())
        .append(" or above).\n\n");
    MarkdownTable table =
        new MarkdownTable(
            "| --- | --- | --- | --- |", "Statement", "Verdict", "Severity", "Changes");
    for (StatementComparison statement : report.statements()) {
      table.row(
          "`" + statement.id() + "`",
          statement.verdict().id(),
          statement.worstSeverity().map(Severity::id).orElse(""),
          statement.changes().stream()
              .map(c -> c.kind().id())
              .distinct()
              .collect(Collectors.joining(", ")));
    }
    md.append(table);
    for (StatementComparison statement : report.statements()) {
      if (statement.verdict() != Verdict.UNCHANGED) {
        details(statement, md);
      }
    }
    md.append('\n').append(Summary.line(report, failOn)).append('\n');
    return md.toString();
  }

  private static void details(StatementComparison statement, StringBuilder md) {
    md.append("\n### `").append(statement.id()).append("` — ").append(statement.verdict().id());
    statement.worstSeverity().ifPresent(s -> md.append(" (").append(s.id()).append(')'));
    md.append("\n\n");
    for (PlanChange change : statement.changes()) {
      md.append("- **")
          .append(
              change.direction() == PlanChange.Direction.REGRESSION
                  ? change.severity().id()
                  : "improvement")
          .append("** `")
          .append(change.kind().id())
          .append("`: ")
          .append(change.detail())
          .append('\n');
    }
    if (statement.verdict() == Verdict.REGRESSED || statement.verdict() == Verdict.FAILED) {
      md.append("\n```text\n")
          .append(
              SideBySideDiff.render(
                  statement.baseline().plan().root(),
                  statement.current() == null ? null : statement.current().root()))
          .append("```\n");
    }
  }
}
