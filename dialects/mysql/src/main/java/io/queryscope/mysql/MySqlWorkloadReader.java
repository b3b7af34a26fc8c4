package io.queryscope.mysql;

import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code performance_schema.events_statements_summary_by_digest} for the session's database
 * into a workload keyed by queryscope fingerprints. Columns are detected, not assumed (MySQL 8 has
 * {@code QUERY_SAMPLE_TEXT}, MariaDB 10.11 has not). Timer columns are picoseconds.
 */
final class MySqlWorkloadReader {

  private static final double PICOS_PER_MS = 1e9;

  /** Counters kept per digest, by the name the workload gives them. */
  private static final Map<String, String> COUNTERS =
      Map.of(
          "no_index_used", "SUM_NO_INDEX_USED",
          "no_good_index_used", "SUM_NO_GOOD_INDEX_USED",
          "select_full_join", "SUM_SELECT_FULL_JOIN",
          "sort_merge_passes", "SUM_SORT_MERGE_PASSES",
          "created_tmp_disk_tables", "SUM_CREATED_TMP_DISK_TABLES",
          "created_tmp_tables", "SUM_CREATED_TMP_TABLES",
          "select_scan", "SUM_SELECT_SCAN",
          "rows_affected", "SUM_ROWS_AFFECTED",
          "errors", "SUM_ERRORS");

  /** The analyzer's own reads and session chatter, which say nothing about the application. */
  private static final Pattern NOT_APPLICATION =
      Pattern.compile(
          "(?is)^\\s*(EXPLAIN|ANALYZE|SHOW|SET|COMMIT|ROLLBACK|START\\s+TRANSACTION|BEGIN|USE|"
              + "SELECT\\s+@@|SELECT\\s+VERSION|SELECT\\s+DATABASE|SELECT\\s+CURRENT_USER)\\b"
              + "|information_schema|performance_schema|`mysql`\\s*\\.");

  private final MySqlQuery query;

  MySqlWorkloadReader(MySqlQuery query) {
    this.query = query;
  }

  Workload read() {
    MySqlPerformanceSchemaAccess access;
    try {
      access = access();
    } catch (SQLException e) {
      return new Workload(
          List.of(),
          null,
          List.of(
              "could not check performance_schema ("
                  + e.getMessage()
                  + "); no statement statistics were read"));
    }
    List<String> notes = new ArrayList<>();
    access.note().ifPresent(notes::add);
    if (!access.readable()) {
      return new Workload(List.of(), null, notes);
    }
    full().ifPresent(notes::add);
    try {
      return digests(notes);
    } catch (SQLException e) {
      notes.add(
          "reading "
              + MySqlPerformanceSchemaAccess.DIGEST_TABLE
              + " failed ("
              + e.getMessage()
              + "); no statement statistics were read");
      return new Workload(List.of(), null, notes);
    }
  }

  /**
   * The digest table has a fixed size; once full, new statements are counted in one row without a
   * digest and {@code Performance_schema_digest_lost} grows, so recent statements go missing.
   */
  private Optional<String> full() {
    try {
      List<String> lost =
          query.list(
              "show global status like 'Performance_schema_digest_lost'", rs -> rs.getString(2));
      long count = lost.isEmpty() ? 0 : Long.parseLong(lost.get(0));
      String size = query.variable("performance_schema_digests_size");
      String rows =
          query.string("select count(*) from " + MySqlPerformanceSchemaAccess.DIGEST_TABLE);
      // Lost digests in the past do not matter once the table was truncated and has room again.
      if (count <= 0
          || size == null
          || rows == null
          || Long.parseLong(rows) < Long.parseLong(size)) {
        return Optional.empty();
      }
      return Optional.of(
          MySqlPerformanceSchemaAccess.DIGEST_TABLE
              + " is full (performance_schema_digests_size = "
              + size
              + "; "
              + count
              + " statements since the server started had no room), so statistics of newer"
              + " statements are missing: raise performance_schema_digests_size in the server"
              + " config and restart, or run TRUNCATE TABLE "
              + MySqlPerformanceSchemaAccess.DIGEST_TABLE
              + " to start afresh");
    } catch (SQLException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  MySqlPerformanceSchemaAccess access() throws SQLException {
    String setting = query.variable("performance_schema");
    String account = account();
    if (setting == null || !(setting.equalsIgnoreCase("ON") || setting.equals("1"))) {
      return new MySqlPerformanceSchemaAccess(setting, null, null, account);
    }
    String error = null;
    try {
      query.list(
          "select 1 from " + MySqlPerformanceSchemaAccess.DIGEST_TABLE + " limit 1", rs -> 1);
    } catch (SQLException e) {
      error = e.getMessage();
    }
    Boolean consumer = null;
    if (error == null) {
      try {
        String enabled =
            query.string(
                "select enabled from performance_schema.setup_consumers where name ="
                    + " 'statements_digest'");
        consumer = enabled == null ? null : enabled.equalsIgnoreCase("YES");
      } catch (SQLException e) {
        consumer = null;
      }
    }
    return new MySqlPerformanceSchemaAccess(setting, consumer, error, account);
  }

  private String account() throws SQLException {
    String user = query.string("select current_user()");
    if (user == null || !user.contains("@")) {
      return "'" + user + "'";
    }
    int at = user.lastIndexOf('@');
    return "'" + user.substring(0, at) + "'@'" + user.substring(at + 1) + "'";
  }

  private Workload digests(List<String> notes) throws SQLException {
    Set<String> columns =
        query.columns("performance_schema", "events_statements_summary_by_digest");
    boolean hasSample = columns.contains("QUERY_SAMPLE_TEXT");
    StringBuilder select =
        new StringBuilder(
            "select DIGEST, DIGEST_TEXT, COUNT_STAR, SUM_TIMER_WAIT, MAX_TIMER_WAIT, SUM_ROWS_SENT,"
                + " SUM_ROWS_EXAMINED, UNIX_TIMESTAMP(FIRST_SEEN) AS FIRST_SEEN_EPOCH");
    for (String column : COUNTERS.values()) {
      if (columns.contains(column)) {
        select.append(", ").append(column);
      }
    }
    if (hasSample) {
      select.append(", QUERY_SAMPLE_TEXT");
    }
    select.append(" from ").append(MySqlPerformanceSchemaAccess.DIGEST_TABLE);
    select.append(" where DIGEST_TEXT is not null and COUNT_STAR > 0");
    String database = query.string("select database()");
    List<Object> params = new ArrayList<>();
    if (database != null) {
      select.append(" and SCHEMA_NAME = ?");
      params.add(database);
    }
    Map<Long, Group> groups = new LinkedHashMap<>();
    int truncated = 0;
    List<Digest> rows =
        query.list(select.toString(), rs -> digest(rs, columns, hasSample), params.toArray());
    Instant since = null;
    for (Digest d : rows) {
      if (NOT_APPLICATION.matcher(d.text).find()) {
        continue;
      }
      Fingerprint fp = d.fingerprint();
      if (fp == null) {
        truncated++;
        continue;
      }
      groups.computeIfAbsent(fp.id(), id -> new Group(fp)).add(d);
      if (d.firstSeen != null && (since == null || d.firstSeen.isBefore(since))) {
        since = d.firstSeen;
      }
    }
    if (truncated > 0) {
      notes.add(
          truncated
              + " digests were cut at performance_schema_max_digest_length and could not be"
              + " matched to statements; raise it in the server config (default 1024) to see them");
    }
    List<StatementStats> stats = groups.values().stream().map(Group::stats).toList();
    return new Workload(stats, since, notes);
  }

  private static Digest digest(ResultSet rs, Set<String> columns, boolean hasSample)
      throws SQLException {
    Map<String, Long> counters = new LinkedHashMap<>();
    for (Map.Entry<String, String> c : COUNTERS.entrySet()) {
      if (columns.contains(c.getValue())) {
        counters.put(c.getKey(), rs.getLong(c.getValue()));
      }
    }
    long epoch = rs.getLong("FIRST_SEEN_EPOCH");
    return new Digest(
        rs.getString("DIGEST"),
        rs.getString("DIGEST_TEXT"),
        hasSample ? rs.getString("QUERY_SAMPLE_TEXT") : null,
        rs.getLong("COUNT_STAR"),
        rs.getLong("SUM_TIMER_WAIT") / PICOS_PER_MS,
        rs.getLong("MAX_TIMER_WAIT") / PICOS_PER_MS,
        rs.getLong("SUM_ROWS_SENT"),
        rs.getLong("SUM_ROWS_EXAMINED"),
        epoch <= 0 ? null : Instant.ofEpochSecond(epoch),
        counters);
  }

  /** One row of the digest table. */
  record Digest(
      String digest,
      String text,
      String sample,
      long calls,
      double totalMs,
      double maxMs,
      long rowsSent,
      long rowsExamined,
      Instant firstSeen,
      Map<String, Long> counters) {

    /**
     * The sample statement when the server keeps one (it is the real SQL, so it lands exactly on
     * the proxy's fingerprint), else the digest text mapped; null when the digest was cut short.
     */
    Fingerprint fingerprint() {
      if (sample != null && !sample.isBlank() && !sample.stripTrailing().endsWith("...")) {
        return Fingerprinter.fingerprint(sample);
      }
      if (MySqlDigestText.truncated(text)) {
        return null;
      }
      return MySqlDigestText.fingerprint(text);
    }
  }

  /** Digests that land on one fingerprint (same statement, different spelling) add up. */
  private static final class Group {
    final Fingerprint fingerprint;
    final List<String> digests = new ArrayList<>();
    String sample;
    long calls;
    double totalMs;
    double maxMs;
    long rows;
    long examined;
    final Map<String, Long> counters = new LinkedHashMap<>();

    Group(Fingerprint fingerprint) {
      this.fingerprint = fingerprint;
    }

    void add(Digest d) {
      digests.add(d.digest);
      if (sample == null && d.sample != null) {
        sample = d.sample;
      }
      calls += d.calls;
      totalMs += d.totalMs;
      maxMs = Math.max(maxMs, d.maxMs);
      rows += d.rowsSent;
      examined += d.rowsExamined;
      d.counters.forEach((k, v) -> counters.merge(k, v, Long::sum));
    }

    StatementStats stats() {
      return new StatementStats(
          fingerprint.id(),
          fingerprint.normalized(),
          sample,
          List.of(),
          String.join(",", digests).toLowerCase(Locale.ROOT),
          WorkloadSource.PERFORMANCE_SCHEMA,
          calls,
          totalMs,
          calls == 0 ? 0 : totalMs / calls,
          maxMs,
          rows,
          examined,
          counters);
    }
  }
}
