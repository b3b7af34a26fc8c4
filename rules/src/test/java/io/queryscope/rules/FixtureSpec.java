package io.queryscope.rules;

import java.util.List;
import java.util.Map;

/**
 * The shape of a rule fixture file ({@code rules/<id>.yml}): cases named "Fail, …" must make the
 * rule fire, cases named "Pass, …" must not. Each case carries its evidence as recorded data.
 */
final class FixtureSpec {

  private FixtureSpec() {}

  record File(String rule, List<Case> cases) {}

  record Case(
      String name,
      String target,
      Map<String, Double> settings,
      List<Statement> statements,
      List<Unit> units,
      List<Connection> connections,
      Pool pool,
      List<Pool> pools,
      List<Stats> workload,
      Double workloadHoursAgo,
      List<PlanRef> plans,
      Catalog catalog,
      Server server,
      Expect expect) {}

  /**
   * A captured statement; {@code repeat} copies it with {@code {i}} in the SQL and binds replaced
   * by 1..n, and {@code gapMs} leaves idle time before it.
   */
  record Statement(
      String sql,
      List<String> binds,
      String kind,
      Integer batch,
      Double ms,
      Long rows,
      Long affected,
      Long conn,
      Long tx,
      String unit,
      String thread,
      String site,
      List<String> callers,
      Integer repeat,
      Double gapMs,
      String error) {}

  record Unit(String name, String thread, Double startMs, Double durationMs) {}

  record Connection(
      Long id,
      Double atMs,
      Double acquireMs,
      Double heldMs,
      Double busyMs,
      Integer statements,
      Boolean returned,
      Boolean failed,
      String thread,
      String unit,
      String stack,
      Integer repeat,
      Double everyMs,
      String pool) {}

  record Pool(
      String name,
      Integer max,
      Long timeoutMs,
      List<Snapshot> snapshots,
      Long acquisitions,
      Long timeouts,
      Double p50,
      Double p95,
      Double p99,
      Double max_ms) {}

  record Snapshot(Long at, int active, int idle, int total, int waiting) {}

  record Stats(
      String sql,
      String sample,
      List<String> sampleBinds,
      String source,
      Long calls,
      Double totalMs,
      Double meanMs,
      Double maxMs,
      Long rows,
      Long rowsExamined,
      Map<String, Long> counters) {}

  /**
   * A plan recorded from a real server: a class-path file or inline JSON, parsed by its dialect.
   */
  record PlanRef(String sql, String dialect, String file, String json) {}

  record Catalog(
      List<Table> tables,
      List<Index> indexes,
      List<ForeignKey> foreignKeys,
      List<Column> columns,
      Double statsAgeDays) {}

  record Table(
      String schema,
      String name,
      Long rows,
      Long bytes,
      Long seqScans,
      Long idxScans,
      Long rowsRead,
      Long inserts,
      Long updates,
      Long deletes,
      Double analyzedDaysAgo) {}

  record Index(
      String schema,
      String table,
      String name,
      List<String> columns,
      List<String> include,
      Boolean unique,
      Boolean primary,
      String predicate,
      Boolean valid,
      Long bytes,
      Long scans,
      String method) {}

  record ForeignKey(
      String name,
      String schema,
      String table,
      List<String> columns,
      String refTable,
      List<String> refColumns) {}

  record Column(
      String schema,
      String table,
      String column,
      Double distinct,
      Double nullFraction,
      Double mostCommon,
      Double correlation) {}

  record Server(
      Integer maxConnections,
      Map<String, String> settings,
      List<Session> sessions,
      List<Lock> locks) {}

  record Session(
      String id,
      String user,
      String application,
      String state,
      Double stateSeconds,
      Double transactionSeconds,
      Boolean waiting,
      String query) {}

  record Lock(String waiting, String blocking, Double waitedMs, String query) {}

  /**
   * What the rule must report.
   *
   * @param findings how many findings of the rule, when it matters
   * @param title substrings the first finding's title must contain
   * @param recommendation substrings its recommendation summary must contain
   * @param evidence entries its evidence must hold (compared as text)
   */
  record Expect(
      Integer findings,
      List<String> title,
      String ddl,
      List<String> recommendation,
      List<String> notInRecommendation,
      Map<String, Object> evidence,
      String severity,
      Boolean verified,
      Double msSaved) {}
}
