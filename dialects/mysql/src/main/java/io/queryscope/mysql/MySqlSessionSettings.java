package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the caller's connection into the analyzer's safe state — read-only transactions, a statement
 * time limit, short lock waits — and puts back what was there when the session closes.
 */
final class MySqlSessionSettings {

  private static final List<String> SAVED =
      List.of(
          "max_statement_time",
          "max_execution_time",
          "lock_wait_timeout",
          "innodb_lock_wait_timeout",
          "tx_read_only",
          "transaction_read_only",
          "explain_json_format_version");

  private final Connection connection;
  private final Map<String, String> previous;

  private MySqlSessionSettings(Connection connection, Map<String, String> previous) {
    this.connection = connection;
    this.previous = previous;
  }

  static MySqlSessionSettings apply(
      Connection connection, MySqlServerInfo server, SessionOptions options) {
    Map<String, String> before = new LinkedHashMap<>();
    try (Statement st = connection.createStatement()) {
      try (var rs =
          st.executeQuery(
              SingleStatement.checked(
                  "show session variables where variable_name in ('"
                      + String.join("','", SAVED)
                      + "')",
                  "SHOW"))) {
        while (rs.next()) {
          before.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
        }
      }
      long lockSeconds = Math.max(1, (options.lockTimeout().toMillis() + 999) / 1000);
      MySqlQuery.command(st, "SET SESSION TRANSACTION READ ONLY");
      MySqlQuery.command(
          st,
          "SET SESSION "
              + server.statementTimeoutVariable()
              + " = "
              + server.statementTimeoutValue(options.statementTimeout()));
      MySqlQuery.command(st, "SET SESSION lock_wait_timeout = " + lockSeconds);
      MySqlQuery.command(st, "SET SESSION innodb_lock_wait_timeout = " + lockSeconds);
      if (before.containsKey("explain_json_format_version")) {
        // MySQL 8.3+ can print a second JSON format; the parser reads the first.
        MySqlQuery.command(st, "SET SESSION explain_json_format_version = 1");
      }
    } catch (SQLException e) {
      throw new QueryScopeException(
          ErrorCode.ANALYSIS_FAILED,
          "could not make the session read-only with time limits on "
              + server.label()
              + " ("
              + e.getMessage()
              + "); queryscope never analyses without them",
          e);
    }
    return new MySqlSessionSettings(connection, before);
  }

  /** The read-only flag as it was, under whichever name this server uses. */
  private boolean wasReadOnly() {
    String v = previous.getOrDefault("transaction_read_only", previous.get("tx_read_only"));
    return "ON".equalsIgnoreCase(v) || "1".equals(v);
  }

  void restore() {
    try (Statement st = connection.createStatement()) {
      if (!wasReadOnly()) {
        MySqlQuery.command(st, "SET SESSION TRANSACTION READ WRITE");
      }
      for (String name :
          List.of(
              "max_statement_time",
              "max_execution_time",
              "lock_wait_timeout",
              "innodb_lock_wait_timeout",
              "explain_json_format_version")) {
        String value = previous.get(name);
        if (value != null && value.matches("[0-9.]+")) {
          MySqlQuery.command(st, "SET SESSION " + name + " = " + value);
        }
      }
    } catch (SQLException e) {
      // The connection may already be closed by its owner; nothing of ours is left on the server.
    }
  }
}
