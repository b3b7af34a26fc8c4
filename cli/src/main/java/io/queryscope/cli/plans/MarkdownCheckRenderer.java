package io.queryscope.cli.plans;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanChange;
import io.queryscope.regression.SideBySideDiff;
import io.queryscope.regression.StatementComparison;
import io.queryscope.regression.StatementComparison.Verdict;
import java.util.stream.Collectors;

/** For a pull-request comment or a CI job summary: a table, then each regression with its diff. */
final class MarkdownCheckRenderer implements CheckRenderer {

  @Override
  public String render(CheckReport report, Severity failOn) {
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
    md.append("| Statement | Verdict | Severity | Changes |\n");
    md.append("| --- | --- | --- | --- |\n");
    for (StatementComparison statement : report.statements()) {
      md.append("| `")
          .append(cell(statement.id()))
          .append("` | ")
          .append(statement.verdict().id())
          .append(" | ")
          .append(statement.worstSeverity().map(Severity::id).orElse(""))
          .append(" | ")
          .append(
              cell(
                  statement.changes().stream()
                      .map(c -> c.kind().id())
                      .distinct()
                      .collect(Collectors.joining(", "))))
          .append(" |\n");
    }
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

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
