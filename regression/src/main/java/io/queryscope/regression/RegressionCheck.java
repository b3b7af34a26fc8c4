package io.queryscope.regression;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.DialectSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-plans every baseline statement the way the baseline was recorded (estimate, or analysed with
 * the same repeats) and compares.
 */
public final class RegressionCheck {

  /** Errors that say the server is gone, not that one statement broke: they stop the check. */
  private static final Set<ErrorCode> FATAL =
      Set.of(
          ErrorCode.CONNECTION_FAILED, ErrorCode.AUTHENTICATION_FAILED, ErrorCode.UNKNOWN_DATABASE);

  private RegressionCheck() {}

  public static CheckReport run(DialectSession session, Baseline baseline, Thresholds thresholds) {
    PlanCapture capture = new PlanCapture(session, baseline.analyze(), baseline.repeat());
    PlanComparator comparator = new PlanComparator(thresholds);
    List<StatementComparison> results = new ArrayList<>();
    for (BaselineStatement statement : baseline.statements()) {
      try {
        results.add(comparator.compare(statement, capture.capture(statement.statement())));
      } catch (QueryScopeException e) {
        if (FATAL.contains(e.code())) {
          throw e;
        }
        results.add(comparator.failed(statement, e.getMessage()));
      }
    }
    return new CheckReport(session.target(), baseline, thresholds, results);
  }
}
