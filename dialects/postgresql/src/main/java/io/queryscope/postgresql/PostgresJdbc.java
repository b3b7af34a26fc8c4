package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the analyzer's own statements on a session connection and turns driver errors into one-line
 * {@link QueryScopeException}s. Every statement text starts with {@link #MARK}, so the analyzer can
 * leave its own statements out of pg_stat_statements.
 */
final class PostgresJdbc {

  static final String MARK = "/* queryscope */ ";

  /** Reads one row of a result. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static final String[] SESSION_COMMANDS = {"SET", "RESET", "PREPARE", "DEALLOCATE"};
  private static final String[] READS = {"SELECT", "WITH", "SHOW"};

  private final Connection connection;

  PostgresJdbc(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  /** Runs a session command: SET, RESET, PREPARE or DEALLOCATE, and nothing else. */
  void execute(String sql) {
    SingleStatement.require(sql, SESSION_COMMANDS);
    run(sql);
  }

  /**
   * Builds an index inside the caller's transaction, for the transactional what-if: one CREATE
   * INDEX, never anything that could end the transaction the caller rolls back.
   */
  void createIndex(String ddl) {
    SingleStatement.require(ddl, "CREATE INDEX", "CREATE UNIQUE INDEX");
    run(ddl);
  }

  private void run(String sql) {
    try (Statement st = connection.createStatement()) {
      st.execute(MARK + sql);
    } catch (SQLException e) {
      throw failure("could not run '" + sql + "'", e);
    }
  }

  /** Reads rows with one SELECT (or WITH … SELECT, SHOW); parameters are bound, never inlined. */
  <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
    SingleStatement.require(sql, READS);
    try (PreparedStatement ps = connection.prepareStatement(MARK + sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(reader.read(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw failure("could not read " + describe(sql), e);
    }
  }

  /** The first column of the first row, or null when there is no row. */
  String single(String sql, Object... params) {
    List<String> rows = query(sql, rs -> rs.getString(1), params);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private static String describe(String sql) {
    String oneLine = sql.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
  }

  /** A driver error as one actionable line, its SQLSTATE deciding the error code. */
  static QueryScopeException failure(String what, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = firstLine(e.getMessage());
    return switch (state) {
      case "57014" ->
          new QueryScopeException(
              ErrorCode.TIMEOUT,
              what + ": cancelled by statement_timeout (" + message + "); raise the timeout",
              e);
      case "55P03" ->
          new QueryScopeException(
              ErrorCode.TIMEOUT,
              what
                  + ": a lock was not granted within lock_timeout ("
                  + message
                  + "); retry when the table is not busy",
              e);
      case "42501" ->
          new QueryScopeException(
              ErrorCode.MISSING_PRIVILEGE,
              what + ": " + message + "; " + PostgresGrants.advice(message),
              e);
      case "08003", "08006", "08001", "08004" ->
          new QueryScopeException(
              ErrorCode.CONNECTION_FAILED, what + ": the connection is gone (" + message + ")", e);
      default ->
          new QueryScopeException(
              ErrorCode.ANALYSIS_FAILED,
              what + ": " + message + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]"),
              e);
    };
  }

  static String firstLine(String text) {
    if (text == null) {
      return "no message";
    }
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }
}
