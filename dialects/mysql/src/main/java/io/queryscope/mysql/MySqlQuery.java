package io.queryscope.mysql;

import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the analyzer's own reads on the session's connection: parameters bound, a client-side
 * timeout as a backstop for the server-side one, rows mapped by the caller.
 */
final class MySqlQuery {

  /** Maps one row; may throw, the caller decides what a failed read means. */
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final int timeoutSeconds;

  MySqlQuery(Connection connection, int timeoutSeconds) {
    this.connection = connection;
    this.timeoutSeconds = timeoutSeconds;
  }

  int timeoutSeconds() {
    return timeoutSeconds;
  }

  /** Session and transaction commands queryscope itself sends: SET, START TRANSACTION, ROLLBACK. */
  static void command(Statement st, String sql) throws SQLException {
    SingleStatement.require(sql, "SET", "START TRANSACTION", "ROLLBACK");
    st.execute(sql);
  }

  /** One read: SELECT, WITH or SHOW, with parameters bound, never inlined. */
  <T> List<T> list(String sql, Row<T> row, Object... params) throws SQLException {
    SingleStatement.require(sql, "SELECT", "WITH", "SHOW");
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setQueryTimeout(timeoutSeconds);
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    }
  }

  String string(String sql, Object... params) throws SQLException {
    List<String> v = list(sql, rs -> rs.getString(1), params);
    return v.isEmpty() ? null : v.get(0);
  }

  /** Upper-case column names of a system table, empty when it is absent or not visible. */
  Set<String> columns(String schema, String table) throws SQLException {
    List<String> names =
        list(
            "select column_name from information_schema.columns where table_schema = ? and"
                + " table_name = ?",
            rs -> rs.getString(1).toUpperCase(Locale.ROOT),
            schema,
            table);
    return new HashSet<>(names);
  }

  boolean tableExists(String schema, String table) throws SQLException {
    return string(
            "select 1 from information_schema.tables where table_schema = ? and table_name = ?",
            schema,
            table)
        != null;
  }

  /** A global variable as the server prints it; null when the server has no such variable. */
  String variable(String name) throws SQLException {
    List<String> v =
        list("show global variables like ?", rs -> rs.getString(2), name.replace("_", "\\_"));
    return v.isEmpty() ? null : v.get(0);
  }
}
