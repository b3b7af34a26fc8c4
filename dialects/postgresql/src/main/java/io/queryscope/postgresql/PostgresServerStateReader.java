package io.queryscope.postgresql;

import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.catalog.SessionInfo;
import io.queryscope.core.model.ServerVersion;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings that matter for analysis, the sessions connected to the current database and who waits
 * for whose lock ({@code pg_blocking_pids}). Durations are measured by the server's clock.
 */
final class PostgresServerStateReader {

  static final List<String> SETTINGS =
      List.of(
          "server_version",
          "work_mem",
          "maintenance_work_mem",
          "hash_mem_multiplier",
          "shared_buffers",
          "effective_cache_size",
          "random_page_cost",
          "seq_page_cost",
          "effective_io_concurrency",
          "max_connections",
          "max_parallel_workers_per_gather",
          "max_parallel_workers",
          "default_statistics_target",
          "jit",
          "statement_timeout",
          "lock_timeout",
          "idle_in_transaction_session_timeout",
          "track_io_timing",
          "track_activity_query_size",
          "shared_preload_libraries",
          "enable_seqscan",
          "enable_indexscan",
          "enable_hashjoin",
          "enable_mergejoin",
          "enable_nestloop");

  private final PostgresJdbc jdbc;
  private final ServerVersion version;

  PostgresServerStateReader(PostgresJdbc jdbc, ServerVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  ServerState read() {
    Map<String, String> settings = settings();
    int maxConnections = Integer.parseInt(settings.getOrDefault("max_connections", "-1"));
    return new ServerState(settings, maxConnections, sessions(), lockWaits());
  }

  private Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    try {
      Array names = jdbc.connection().createArrayOf("text", SETTINGS.toArray());
      // current_setting prints values as SHOW does ("4MB"); the session's own timeouts are its
      // guard rails, so the server's defaults are what is reported for those.
      jdbc.query(
              "select name, case when name in ('statement_timeout', 'lock_timeout')"
                  + " then coalesce(reset_val, setting) || coalesce(unit, '')"
                  + " else pg_catalog.current_setting(name) end"
                  + " from pg_catalog.pg_settings where name = any(?) order by name",
              rs -> Map.entry(rs.getString(1), rs.getString(2)),
              names)
          .forEach(e -> settings.put(e.getKey(), e.getValue()));
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not read server settings", e);
    }
    return settings;
  }

  private List<SessionInfo> sessions() {
    return jdbc.query(
        "select a.pid::text, a.usename, a.application_name, a.state,"
            + " extract(epoch from now() - a.state_change) * 1000,"
            + " extract(epoch from now() - a.xact_start) * 1000,"
            + " a.wait_event_type = 'Lock', a.query"
            + " from pg_catalog.pg_stat_activity a"
            + " where a.backend_type = 'client backend' and a.datname = current_database()"
            + " and a.pid <> pg_catalog.pg_backend_pid() order by a.pid",
        rs ->
            new SessionInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                state(rs.getString(4)),
                duration(rs.getObject(5)),
                duration(rs.getObject(6)),
                rs.getBoolean(7),
                rs.getString(8)));
  }

  /**
   * pg_locks.waitstart exists from PostgreSQL 14; before that the state change is the best clue.
   */
  private List<LockWait> lockWaits() {
    String waitStart =
        version.atLeast(14)
            ? "(select min(l.waitstart) from pg_catalog.pg_locks l where l.pid = w.pid and not"
                + " l.granted)"
            : "w.state_change";
    return jdbc.query(
        "select w.pid::text, b.pid::text, extract(epoch from now() - coalesce("
            + waitStart
            + ", w.state_change)) * 1000, w.query, b.query,"
            + " (select coalesce(l.relation::regclass::text, l.locktype) from pg_catalog.pg_locks"
            + " l where l.pid = w.pid and not l.granted limit 1)"
            + " from pg_catalog.pg_stat_activity w"
            + " cross join lateral unnest(pg_catalog.pg_blocking_pids(w.pid)) bp(pid)"
            + " join pg_catalog.pg_stat_activity b on b.pid = bp.pid"
            + " where w.wait_event_type = 'Lock' and w.datname = current_database()"
            + " order by w.pid, b.pid",
        rs ->
            new LockWait(
                rs.getString(1),
                rs.getString(2),
                duration(rs.getObject(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)));
  }

  static SessionInfo.State state(String state) {
    if (state == null) {
      return SessionInfo.State.OTHER;
    }
    return switch (state) {
      case "active" -> SessionInfo.State.ACTIVE;
      case "idle" -> SessionInfo.State.IDLE;
      case "idle in transaction" -> SessionInfo.State.IDLE_IN_TRANSACTION;
      case "idle in transaction (aborted)" -> SessionInfo.State.IDLE_IN_TRANSACTION_ABORTED;
      default -> SessionInfo.State.OTHER;
    };
  }

  private static Duration duration(Object millis) {
    if (millis == null) {
      return null;
    }
    return Duration.ofNanos(Math.round(((Number) millis).doubleValue() * 1_000_000));
  }
}
