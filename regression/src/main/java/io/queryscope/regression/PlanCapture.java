package io.queryscope.regression;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a watched statement on a read-only session: once for an estimate, or {@code repeat}
 * times with {@code EXPLAIN ANALYZE} to time it, keeping the plan of the median run.
 */
public final class PlanCapture {

  private final DialectSession session;
  private final boolean analyze;
  private final int repeat;

  public PlanCapture(DialectSession session, boolean analyze, int repeat) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1, got " + repeat);
    }
    this.session = session;
    this.analyze = analyze;
    this.repeat = repeat;
  }

  /**
   * @throws io.queryscope.core.QueryScopeException when the server cannot plan the statement
   */
  public RecordedPlan capture(StatementSpec statement) {
    String sql = statement.executableSql();
    if (!analyze) {
      return RecordedPlan.from(session.explain(sql, ExplainOptions.ESTIMATE), null);
    }
    List<Plan> plans = new ArrayList<>(repeat);
    List<Double> times = new ArrayList<>(repeat);
    for (int run = 0; run < repeat; run++) {
      Plan plan = session.explain(sql, ExplainOptions.ANALYZE);
      if (!plan.analyzed()) {
        // The server would only plan it (placeholders without values): nothing to time.
        return RecordedPlan.from(plan, null);
      }
      plans.add(plan);
      times.add(executionMs(plan));
    }
    Timing timing = Timing.of(times);
    return RecordedPlan.from(plans.get(closestTo(times, timing.medianMs())), timing);
  }

  private static double executionMs(Plan plan) {
    if (!Double.isNaN(plan.executionTimeMs())) {
      return plan.executionTimeMs();
    }
    // MySQL reports no total: the root's own time across its loops is the statement's.
    return plan.root().actuals() == null ? Double.NaN : plan.root().actuals().inclusiveTimeMs();
  }

  private static int closestTo(List<Double> times, double median) {
    int best = 0;
    for (int i = 1; i < times.size(); i++) {
      if (Math.abs(times.get(i) - median) < Math.abs(times.get(best) - median)) {
        best = i;
      }
    }
    return best;
  }
}
