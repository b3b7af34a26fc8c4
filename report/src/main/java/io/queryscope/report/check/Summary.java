package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.StatementComparison.Verdict;
import java.util.Locale;

/** The one-line tally every format ends or starts with. */
public final class Summary {

  private Summary() {}

  public static String line(CheckReport report, Severity failOn) {
    return String.format(
        Locale.ROOT,
        "%d statement(s): %d regressed, %d failed, %d improved, %d changed, %d unchanged; %s",
        report.statements().size(),
        report.count(Verdict.REGRESSED),
        report.count(Verdict.FAILED),
        report.count(Verdict.IMPROVED),
        report.count(Verdict.CHANGED),
        report.count(Verdict.UNCHANGED),
        report.failsAt(failOn)
            ? "FAILED: regressions at " + failOn.id() + " or above"
            : "passed (nothing at " + failOn.id() + " or above)");
  }

  public static String target(CheckReport report) {
    return report.target().dialect().id() + " " + report.target().serverVersion();
  }

  static String baseline(CheckReport report) {
    return report.baseline().dialect() + " " + report.baseline().serverVersion();
  }
}
