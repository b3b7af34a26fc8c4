package io.queryscope.postgresql;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code pg_stat_statements} for the current database and keys each entry by queryscope's
 * fingerprint, so server statistics join with what the proxy captured ({@code $1} and {@code ?}
 * fingerprint alike). A missing extension or privilege gives notes that name the fix, not errors.
 */
final class PostgresWorkloadReader {

  /** Counters kept per statement, named as pg_stat_statements names them. */
  private static final List<String> COUNTERS =
      List.of(
          "shared_blks_hit",
          "shared_blks_read",
          "shared_blks_dirtied",
          "temp_blks_read",
          "temp_blks_written");

  private final PostgresJdbc jdbc;
  private final ServerVersion version;

  PostgresWorkloadReader(PostgresJdbc jdbc, ServerVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  Workload read() {
    String database = jdbc.single("select current_database()");
    String user = jdbc.single("select current_user");
    Boolean preloaded = preloaded();
    String schema =
        jdbc.single(
            "select n.nspname from pg_catalog.pg_extension e join pg_catalog.pg_namespace n on"
                + " n.oid = e.extnamespace where e.extname = 'pg_stat_statements'");
    if (Boolean.FALSE.equals(preloaded)) {
      return notes(
          "pg_stat_statements is not loaded on this server, so server-side statement statistics"
              + " are missing: set shared_preload_libraries = 'pg_stat_statements' in"
              + " postgresql.conf, restart PostgreSQL, then run CREATE EXTENSION"
              + " pg_stat_statements; in database "
              + database);
    }
    if (schema == null) {
      return notes(
          "pg_stat_statements is loaded but not created in database "
              + database
              + ", so server-side statement statistics are missing: run CREATE EXTENSION"
              + " pg_stat_statements; in "
              + database
              + " (as a superuser or the database owner)");
    }
    List<String> notes = new ArrayList<>();
    boolean seesAll = seesAllStatements();
    if (!seesAll) {
      notes.add(
          "user "
              + user
              + " sees only its own statements in pg_stat_statements (others show as"
              + " <insufficient privilege>): run GRANT pg_read_all_stats TO "
              + PostgresIdentifiers.INSTANCE.quote(user)
              + "; to analyse every user's statements");
    }
    String view = PostgresIdentifiers.INSTANCE.quote(schema) + ".pg_stat_statements";
    Set<String> columns = columnsOf(schema);
    String totalTime = columns.contains("total_exec_time") ? "total_exec_time" : "total_time";
    String maxTime = columns.contains("max_exec_time") ? "max_exec_time" : "max_time";
    StringBuilder select =
        new StringBuilder("select s.queryid::text, s.query, s.calls, s.rows, s.")
            .append(totalTime)
            .append(", s.")
            .append(maxTime);
    List<String> counters = COUNTERS.stream().filter(columns::contains).toList();
    for (String counter : counters) {
      select.append(", s.").append(counter);
    }
    select
        .append(" from ")
        .append(view)
        .append(" s where s.dbid = (select oid from pg_catalog.pg_database where datname =")
        .append(" current_database()) and s.query is not null");
    List<StatementStats> rows;
    int[] hidden = {0};
    try {
      rows =
          jdbc.query(
              select.toString(),
              rs -> {
                Map<String, Long> values = new LinkedHashMap<>();
                for (int i = 0; i < counters.size(); i++) {
                  values.put(counters.get(i), rs.getLong(7 + i));
                }
                String query = rs.getString(2);
                if (query.contains(PostgresJdbc.MARK.strip())) {
                  return null; // the analyzer's own statement
                }
                if (query.startsWith("<insufficient privilege>")) {
                  hidden[0]++;
                  return null;
                }
                Fingerprint fp = Fingerprinter.fingerprint(query);
                long calls = rs.getLong(3);
                double total = rs.getDouble(5);
                // The text to explain keeps the server's quoting and case ("user"."select"
                // bare is another statement); the id is the canonical fingerprint's.
                return new StatementStats(
                    fp.id(),
                    Fingerprinter.withoutLiterals(query),
                    null,
                    List.of(),
                    rs.getString(1),
                    WorkloadSource.PG_STAT_STATEMENTS,
                    calls,
                    total,
                    calls == 0 ? 0 : total / calls,
                    rs.getDouble(6),
                    rs.getLong(4),
                    -1,
                    values);
              });
    } catch (QueryScopeException e) {
      // The view errors when the library was created but not preloaded, or is unreadable.
      notes.add(
          "pg_stat_statements could not be read ("
              + PostgresJdbc.firstLine(e.getMessage())
              + "): check shared_preload_libraries = 'pg_stat_statements' and restart PostgreSQL");
      return new Workload(List.of(), null, notes);
    }
    if (hidden[0] > 0) {
      notes.add(hidden[0] + " pg_stat_statements entries of other users were hidden");
    }
    List<StatementStats> merged = merge(rows);
    return new Workload(merged, statsReset(schema), notes);
  }

  /**
   * Null when the user may not see the setting (it is superuser-only unless granted
   * pg_read_all_settings); the view itself then tells.
   */
  private Boolean preloaded() {
    List<String> libraries =
        jdbc.query(
            "select setting from pg_catalog.pg_settings where name = 'shared_preload_libraries'",
            rs -> rs.getString(1));
    return libraries.isEmpty() ? null : libraries.get(0).contains("pg_stat_statements");
  }

  private boolean seesAllStatements() {
    return "t"
        .equals(
            jdbc.single(
                "select (r.rolsuper or pg_catalog.pg_has_role(current_user, 'pg_read_all_stats',"
                    + " 'MEMBER'))::text::char from pg_catalog.pg_roles r where r.rolname ="
                    + " current_user"));
  }

  private Set<String> columnsOf(String schema) {
    return Set.copyOf(
        jdbc.query(
            "select a.attname::text from pg_catalog.pg_attribute a join pg_catalog.pg_class c on"
                + " c.oid = a.attrelid join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relname = 'pg_stat_statements' and a.attnum > 0",
            rs -> rs.getString(1),
            schema));
  }

  /** pg_stat_statements_info exists from PostgreSQL 14 (extension 1.9). */
  private Instant statsReset(String schema) {
    if (!version.atLeast(14)) {
      return null;
    }
    String info = PostgresIdentifiers.INSTANCE.quote(schema) + ".pg_stat_statements_info";
    if (jdbc.single("select to_regclass(?)::text", info) == null) {
      return null;
    }
    List<Timestamp> reset = jdbc.query("select stats_reset from " + info, rs -> rs.getTimestamp(1));
    return reset.isEmpty() || reset.get(0) == null ? null : reset.get(0).toInstant();
  }

  /**
   * Entries for the same statement by different users, or top-level and nested, share one
   * fingerprint.
   */
  private static List<StatementStats> merge(List<StatementStats> rows) {
    Map<Long, StatementStats> byFingerprint = new LinkedHashMap<>();
    for (StatementStats s : rows) {
      if (s != null) {
        byFingerprint.merge(s.fingerprintId(), s, PostgresWorkloadReader::combine);
      }
    }
    return List.copyOf(byFingerprint.values());
  }

  private static StatementStats combine(StatementStats a, StatementStats b) {
    long calls = a.calls() + b.calls();
    double total = a.totalMs() + b.totalMs();
    Map<String, Long> counters = new HashMap<>(a.counters());
    b.counters().forEach((k, v) -> counters.merge(k, v, Long::sum));
    return new StatementStats(
        a.fingerprintId(),
        a.normalizedSql(),
        null,
        List.of(),
        a.serverQueryId() + "," + b.serverQueryId(),
        a.source(),
        calls,
        total,
        calls == 0 ? 0 : total / calls,
        Math.max(a.maxMs(), b.maxMs()),
        a.rows() + b.rows(),
        -1,
        counters);
  }

  private static Workload notes(String note) {
    return new Workload(List.of(), null, List.of(note));
  }
}
