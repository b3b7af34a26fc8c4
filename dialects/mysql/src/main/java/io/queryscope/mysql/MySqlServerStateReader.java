package io.queryscope.mysql;

import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.catalog.SessionInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings, sessions, long transactions and InnoDB row-lock waits. Sessions other than the
 * analyzer's own need the PROCESS privilege; without it the server shows only the analyzer's
 * account's threads, and the state says what it could see.
 */
final class MySqlServerStateReader {

  private static final List<String> SETTINGS =
      List.of(
          "max_connections",
          "innodb_buffer_pool_size",
          "innodb_page_size",
          "sort_buffer_size",
          "join_buffer_size",
          "tmp_table_size",
          "max_heap_table_size",
          "long_query_time",
          "slow_query_log",
          "slow_query_log_file",
          "performance_schema",
          "innodb_lock_wait_timeout",
          "lock_wait_timeout",
          "max_execution_time",
          "max_statement_time",
          "table_open_cache",
          "thread_cache_size",
          "optimizer_switch",
          "version",
          "version_comment");

  private static final List<String> STATUS =
      List.of(
          "Threads_connected",
          "Threads_running",
          "Max_used_connections",
          "Uptime",
          "Innodb_row_lock_waits",
          "Innodb_row_lock_time",
          "Created_tmp_disk_tables",
          "Sort_merge_passes",
          "Select_full_join");

  private final MySqlQuery query;

  MySqlServerStateReader(MySqlQuery query) {
    this.query = query;
  }

  ServerState read() throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    query.list(
        "show global variables where variable_name in ('" + String.join("','", SETTINGS) + "')",
        rs -> settings.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2)));
    // Status counters are kept beside the settings, under the server's own capitalised names.
    query.list(
        "show global status where variable_name in ('" + String.join("','", STATUS) + "')",
        rs -> settings.put(statusName(rs.getString(1)), rs.getString(2)));
    int maxConnections = parseInt(settings.get("max_connections"));
    return new ServerState(settings, maxConnections, sessions(), lockWaits());
  }

  private static String statusName(String name) {
    for (String s : STATUS) {
      if (s.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return name;
  }

  private List<SessionInfo> sessions() throws SQLException {
    Map<Long, Transaction> transactions = new LinkedHashMap<>();
    try {
      query.list(
          "select trx_mysql_thread_id, timestampdiff(second, trx_started, now()), trx_state from"
              + " information_schema.innodb_trx",
          rs ->
              transactions.put(
                  rs.getLong(1),
                  new Transaction(Duration.ofSeconds(rs.getLong(2)), rs.getString(3))));
    } catch (SQLException e) {
      // Needs PROCESS: transactions stay unknown.
    }
    return query.list(
        "select id, user, host, db, command, time, state, info from information_schema.processlist"
            + " where id <> connection_id() and command <> 'Daemon'",
        rs -> {
          long id = rs.getLong(1);
          String command = rs.getString(5);
          Transaction trx = transactions.get(id);
          SessionInfo.State state = state(command, trx != null);
          boolean waiting = trx != null && "LOCK WAIT".equalsIgnoreCase(trx.state);
          return new SessionInfo(
              Long.toString(id),
              rs.getString(2),
              rs.getString(3),
              state,
              Duration.ofSeconds(rs.getLong(6)),
              trx == null ? null : trx.age,
              waiting,
              rs.getString(8));
        });
  }

  private record Transaction(Duration age, String state) {}

  static SessionInfo.State state(String command, boolean inTransaction) {
    if (command == null) {
      return SessionInfo.State.OTHER;
    }
    return switch (command) {
      case "Sleep" ->
          inTransaction ? SessionInfo.State.IDLE_IN_TRANSACTION : SessionInfo.State.IDLE;
      case "Query", "Execute", "Fetch" -> SessionInfo.State.ACTIVE;
      default -> SessionInfo.State.OTHER;
    };
  }

  /**
   * MariaDB and MySQL 5.7 keep lock waits in {@code information_schema.INNODB_LOCK_WAITS}; MySQL 8
   * moved them to {@code performance_schema.data_lock_waits}. Whichever exists is read.
   */
  private List<LockWait> lockWaits() {
    String pairs;
    try {
      if (query.tableExists("information_schema", "INNODB_LOCK_WAITS")) {
        pairs =
            "select requesting_trx_id as waiting_trx, blocking_trx_id as blocking_trx, null as"
                + " object_name from information_schema.innodb_lock_waits";
      } else if (query.tableExists("performance_schema", "data_lock_waits")) {
        pairs =
            "select w.requesting_engine_transaction_id as waiting_trx,"
                + " w.blocking_engine_transaction_id as blocking_trx, concat(l.object_schema, '.',"
                + " l.object_name) as object_name from performance_schema.data_lock_waits w left"
                + " join performance_schema.data_locks l on l.engine_lock_id ="
                + " w.requesting_engine_lock_id";
      } else {
        return List.of();
      }
      return query.list(
          "select r.trx_mysql_thread_id, b.trx_mysql_thread_id, timestampdiff(second,"
              + " r.trx_wait_started, now()), r.trx_query, b.trx_query, p.object_name,"
              + " lr.lock_table from ("
              + pairs
              + ") p join information_schema.innodb_trx r on r.trx_id = p.waiting_trx join"
              + " information_schema.innodb_trx b on b.trx_id = p.blocking_trx"
              + lockTableJoin(),
          rs ->
              new LockWait(
                  rs.getString(1),
                  rs.getString(2),
                  Duration.ofSeconds(rs.getLong(3)),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6) != null ? rs.getString(6) : rs.getString(7)));
    } catch (SQLException e) {
      return List.of();
    }
  }

  /** MariaDB names the locked table through INNODB_LOCKS; MySQL 8 through data_locks above. */
  private String lockTableJoin() throws SQLException {
    if (query.tableExists("information_schema", "INNODB_LOCKS")) {
      return " left join information_schema.innodb_locks lr on lr.lock_trx_id = r.trx_id and"
          + " lr.lock_id = r.trx_requested_lock_id";
    }
    return " left join (select null as lock_table) lr on 1 = 1";
  }

  private static int parseInt(String v) {
    try {
      return v == null ? -1 : Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
