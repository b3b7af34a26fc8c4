package io.queryscope.cli.plans;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.regression.StatementSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The server's heaviest statements by total time ({@code pg_stat_statements}, {@code
 * performance_schema}), named {@code top:<fingerprint>}.
 */
final class TopStatementsSource {

  /** Statements a plan can be had for; sessions' own SET, BEGIN, EXPLAIN … are not worth one. */
  private static final Pattern PLANNABLE =
      Pattern.compile("^\\s*(select|with|insert|update|delete|replace|table)\\b");

  private TopStatementsSource() {}

  /**
   * @param notes receives what the server could not provide and how to enable it
   */
  static List<StatementSpec> read(DialectSession session, int top, List<String> notes) {
    Workload workload = session.readWorkload();
    notes.addAll(workload.notes());
    List<StatementSpec> statements = new ArrayList<>();
    for (StatementStats stats : workload.top(workload.statements().size())) {
      if (statements.size() == top) {
        break;
      }
      String sql = stats.sampleSql() != null ? stats.sampleSql() : stats.normalizedSql();
      if (sql == null || !PLANNABLE.matcher(sql.toLowerCase(Locale.ROOT)).find()) {
        continue;
      }
      List<String> binds =
          stats.sampleSql() == null
              ? List.of()
              : stats.sampleBinds().stream().map(BindValues::literalOf).toList();
      String fingerprint = FingerprintId.hex(stats.fingerprintId());
      statements.add(new StatementSpec("top:" + fingerprint, sql, binds, fingerprint));
    }
    if (statements.isEmpty()) {
      notes.add(
          "the server's statement statistics hold no statement to plan for this database"
              + " (run the workload first, or check that they are collected)");
    }
    return statements;
  }
}
