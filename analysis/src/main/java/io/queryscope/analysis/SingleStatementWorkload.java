package io.queryscope.analysis;

import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.util.List;
import java.util.Map;

/**
 * The workload of one explained statement, so rules that weigh statements (missing-index,
 * non-sargable-predicate …) can speak about it: the server's own figures when its statistics know
 * the statement, else one execution as the plan shows it, said so in a note.
 */
final class SingleStatementWorkload {

  static final String NOTE =
      "the statement's figures come from this one EXPLAIN (the server's statistics do not list"
          + " it), so impact is per run";

  private SingleStatementWorkload() {}

  /**
   * @param server the server's statistics, or {@link Workload#EMPTY} offline
   */
  static Workload of(Fingerprint fp, String sql, Plan plan, Workload server) {
    List<StatementStats> known =
        server.statements().stream().filter(s -> s.fingerprintId() == fp.id()).toList();
    if (!known.isEmpty()) {
      return new Workload(known, server.since(), List.of());
    }
    double ms =
        plan.analyzed() && !Double.isNaN(plan.executionTimeMs()) ? plan.executionTimeMs() : 0;
    long rows =
        plan.analyzed() && plan.root().actuals() != null
            ? Math.round(plan.root().actuals().totalRows())
            : -1;
    StatementStats one =
        new StatementStats(
            fp.id(),
            fp.normalized(),
            sql,
            List.of(),
            null,
            sourceFor(plan.dialect()),
            1,
            ms,
            ms,
            ms,
            rows,
            -1,
            Map.of());
    return new Workload(List.of(one), null, List.of(NOTE));
  }

  /** The source a plan like this one comes from on its server family. */
  private static WorkloadSource sourceFor(DatabaseKind kind) {
    return kind == DatabaseKind.POSTGRESQL
        ? WorkloadSource.AUTO_EXPLAIN_LOG
        : WorkloadSource.SLOW_LOG;
  }
}
