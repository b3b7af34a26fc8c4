package io.queryscope.rules.e2e;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.rules.RuleEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Runs a workload the way an application would, then gathers evidence the way the CLI does:
 * statistics, catalog and server state from the dialect session, an executed plan of each
 * statement, and the engine with what-if verification.
 */
final class ShopAnalysis {

  private ShopAnalysis() {}

  static void runWorkload(DataSource app, List<String> statements, int times) throws SQLException {
    try (Connection c = app.getConnection();
        Statement st = c.createStatement()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      long scansBefore = postgres ? tableScans(st) : 0;
      for (int i = 0; i < times; i++) {
        for (String sql : statements) {
          try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
              // read every row, as an application would
            }
          }
        }
      }
      if (postgres) {
        // Usage counters (idx_scan) arrive late and the analysis reads them next. 15+ flushes on
        // request; before 15 the statistics collector publishes every 500 ms, so wait until every
        // statement's scan (at least one each) is visible.
        if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
          st.execute("select pg_stat_force_next_flush()");
        } else {
          awaitScans(st, scansBefore + (long) statements.size() * times);
        }
      }
    }
  }

  private static long tableScans(Statement st) throws SQLException {
    st.execute("select pg_catalog.pg_stat_clear_snapshot()");
    try (ResultSet rs =
        st.executeQuery(
            "select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)"
                + " from pg_catalog.pg_stat_user_tables")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void awaitScans(Statement st, long atLeast) throws SQLException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    long seen = tableScans(st);
    while (seen < atLeast && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      seen = tableScans(st);
    }
    if (seen < atLeast) {
      throw new IllegalStateException(
          "the statistics collector shows " + seen + " table scans, expected " + atLeast);
    }
  }

  static Report analyze(
      DataSource target, List<String> statements, RuleSettings settings, WhatIfMode mode)
      throws SQLException {
    try (Connection c = target.getConnection()) {
      Dialect dialect = Dialects.forConnection(c);
      SessionOptions options =
          new SessionOptions(Duration.ofSeconds(60), Duration.ofSeconds(2), true);
      try (DialectSession session = dialect.open(c, options)) {
        Map<Long, Plan> plans = new LinkedHashMap<>();
        for (String sql : statements) {
          plans.put(
              Fingerprinter.fingerprint(sql).id(), session.explain(sql, ExplainOptions.ANALYZE));
        }
        AnalysisContext context =
            new AnalysisContext(
                session.target(),
                session.readWorkload(),
                plans,
                session.readCatalog(),
                session.readServerState(),
                null,
                settings);
        return new RuleEngine().analyze(context, session, mode);
      }
    }
  }

  static String describe(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      out.append(
          String.format(
              "%2d %-22s %-8s %10.1f ms conf %.2f %s%n     %s%n     %s%n     ddl: %s verified: %s%n",
              f.priority(),
              f.rule(),
              f.severity().id(),
              f.impact().estimatedMsSaved(),
              f.confidence(),
              f.title(),
              f.query() == null ? "" : f.query().sql(),
              f.recommendation() == null ? "" : f.recommendation().summary(),
              f.recommendation() == null ? null : f.recommendation().ddl(),
              f.recommendation() == null ? null : f.recommendation().verified()));
    }
    report.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
    return out.toString();
  }
}
