package io.queryscope.rules.finding;

import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every statement the evidence knows: the workload's groups, plus statements known only by their
 * plan (a plan file, or a server whose statistics table was full). A plan-only statement counts one
 * call with the plan's execution time when the plan ran, none otherwise, and has no source.
 */
public final class KnownStatements {

  private KnownStatements() {}

  public static List<StatementStats> of(AnalysisContext context) {
    List<StatementStats> all = new ArrayList<>(context.workload().statements());
    for (Map.Entry<Long, Plan> e : context.plans().entrySet()) {
      if (context.workload().byFingerprint(e.getKey()).isPresent() || e.getValue().sql() == null) {
        continue;
      }
      Plan plan = e.getValue();
      boolean ran = plan.analyzed() && !Double.isNaN(plan.executionTimeMs());
      double ms = ran ? plan.executionTimeMs() : 0;
      long rows =
          plan.root().actuals() == null ? -1 : Math.round(plan.root().actuals().totalRows());
      all.add(
          new StatementStats(
              e.getKey(),
              Fingerprinter.fingerprint(plan.sql()).normalized(),
              plan.sql(),
              List.of(),
              null,
              null,
              ran ? 1 : 0,
              ms,
              ms,
              ms,
              rows,
              -1,
              Map.of()));
    }
    return all;
  }
}
