package io.queryscope.rules.finding;

import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.workload.StatementStats;

/** The statement a finding is about, with its totals from the workload when known. */
public final class QueryRefs {

  private QueryRefs() {}

  public static QueryRef of(AnalysisContext context, long fingerprintId, String fallbackSql) {
    return context
        .workload()
        .byFingerprint(fingerprintId)
        .map(QueryRefs::of)
        .orElseGet(() -> new QueryRef(FingerprintId.hex(fingerprintId), fallbackSql, 0, 0));
  }

  /**
   * The most concrete text known for a statement: its sample, else the statement its plan was taken
   * for (server statistics replace literals, an explained statement usually keeps them), else the
   * normalized text.
   */
  public static String bestSql(AnalysisContext context, StatementStats stats) {
    if (stats.sampleSql() != null) {
      return stats.sampleSql();
    }
    var plan = context.plans().get(stats.fingerprintId());
    return plan != null && plan.sql() != null ? plan.sql() : stats.normalizedSql();
  }

  public static QueryRef of(StatementStats stats) {
    String sql = stats.normalizedSql() != null ? stats.normalizedSql() : stats.sampleSql();
    return new QueryRef(
        FingerprintId.hex(stats.fingerprintId()),
        sql,
        stats.calls(),
        stats.totalMs(),
        stats.source());
  }
}
