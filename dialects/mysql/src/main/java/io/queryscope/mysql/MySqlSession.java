package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.SingleStatement;
import io.queryscope.core.workload.Workload;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only analysis session on a MySQL 8 or MariaDB connection. Every statement runs in a
 * read-only transaction under a statement time limit and short lock waits; {@link #close()} puts
 * the connection's previous settings back.
 */
public final class MySqlSession implements DialectSession {

  /** A plan is "worse" without an index when it reads this much more. */
  private static final double WORSE_FACTOR = 1.1;

  private final Connection connection;
  private final MySqlServerInfo server;
  private final MySqlSessionSettings settings;
  private final MySqlQuery query;
  private final MySqlFunctionGate functions;
  private final Target target;
  private Catalog catalog;

  private MySqlSession(
      Connection connection,
      MySqlServerInfo server,
      MySqlSessionSettings settings,
      MySqlQuery query,
      Target target) {
    this.connection = connection;
    this.server = server;
    this.settings = settings;
    this.query = query;
    this.functions = new MySqlFunctionGate(query);
    this.target = target;
  }

  static MySqlSession open(Connection connection, SessionOptions options) {
    MySqlServerInfo server;
    String url;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(SingleStatement.checked("select version()", "SELECT"))) {
      server = MySqlServerInfo.of(rs.next() ? rs.getString(1) : "");
      url = connection.getMetaData().getURL();
    } catch (SQLException e) {
      throw new QueryScopeException(
          ErrorCode.CONNECTION_FAILED,
          "could not read the server version (" + e.getMessage() + "); check the connection",
          e);
    }
    if (!server.supported()) {
      throw new QueryScopeException(
          ErrorCode.UNSUPPORTED_SERVER,
          "unsupported server "
              + server.label()
              + ": queryscope supports MySQL 8.0+ and MariaDB 10.6+");
    }
    MySqlSessionSettings settings = MySqlSessionSettings.apply(connection, server, options);
    int timeout = (int) Math.max(1, options.statementTimeout().toSeconds() + 5);
    return new MySqlSession(
        connection,
        server,
        settings,
        new MySqlQuery(connection, timeout),
        new Target(server.kind(), server.version(), url));
  }

  @Override
  public Target target() {
    return target;
  }

  /**
   * {@code EXPLAIN FORMAT=JSON}; with {@code analyze}, MariaDB {@code ANALYZE FORMAT=JSON} or MySQL
   * {@code EXPLAIN ANALYZE}. Only plain SELECTs are executed, unless {@code allowWrites}: then
   * INSERT/UPDATE/DELETE run inside a transaction that is always rolled back.
   */
  @Override
  public Plan explain(String sql, ExplainOptions options) {
    String statement =
        options.sampleBinds().isEmpty()
                && io.queryscope.core.sql.SqlText.blankLiterals(sql).indexOf('?') < 0
            ? sql
            : MySqlStatementText.withBinds(sql, options.sampleBinds());
    if (!options.analyze()) {
      return estimate(statement, sql);
    }
    if (!server.canAnalyze()) {
      throw new QueryScopeException(
          ErrorCode.UNSUPPORTED_SERVER,
          "EXPLAIN ANALYZE needs MySQL 8.0.18 or later; this is "
              + server.label()
              + ": explain without --analyze");
    }
    MySqlStatementText.Kind kind = MySqlStatementText.kind(statement);
    if (kind == MySqlStatementText.Kind.OTHER) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "queryscope does not run this statement to analyse it (--analyze runs only plain"
              + " SELECTs; DDL would commit implicitly on MySQL): "
              + abbreviate(sql)
              + "; explain it without --analyze, which plans it without running it");
    }
    if (kind == MySqlStatementText.Kind.DML && !options.allowWrites()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "analysing this statement would run it and change data: "
              + abbreviate(sql)
              + "; --analyze runs only plain SELECTs, so explain it without --analyze, which plans"
              + " it without running it");
    }
    String refusal = functions.refusal(statement);
    if (refusal != null) {
      // A rolled-back transaction does not undo a sleep, a named lock or a stored function's
      // writes to a non-transactional table, so allowing writes does not let these run either.
      String why = "ANALYZE skipped because " + refusal;
      Plan estimated;
      try {
        estimated = estimate(statement, sql);
      } catch (QueryScopeException e) {
        // MariaDB will not even plan a call to a writing stored function in a read-only
        // transaction: the refusal is still the news.
        throw new QueryScopeException(
            e.code(), why + "; planning it without running it failed too: " + e.getMessage(), e);
      }
      return estimated.withWarningsFirst(List.of(why + "; explained without running it"));
    }
    String text =
        server.mariaDb() ? "ANALYZE FORMAT=JSON " + statement : "EXPLAIN ANALYZE " + statement;
    // The session's statement time limit (max_statement_time / max_execution_time) bounds it.
    String output =
        kind == MySqlStatementText.Kind.DML
            ? inRolledBackTransaction(text, sql)
            : inReadOnlyTransaction(text, sql);
    return server.mariaDb()
        ? new MySqlExplainParser(server.kind())
            .parse(output, statement, Plan.PlanSource.EXPLAIN_ANALYZE)
        : new MySqlTreeAnalyzeParser(server.kind())
            .parse(output, statement, Plan.PlanSource.EXPLAIN_ANALYZE);
  }

  /** {@code EXPLAIN FORMAT=JSON}: plans without running the statement. */
  private Plan estimate(String statement, String sql) {
    // EXPLAIN never runs the statement, but the server refuses to plan a write in a read-only
    // transaction: plan it in a read-write one that is rolled back all the same.
    String explain = "EXPLAIN FORMAT=JSON " + statement;
    String json =
        MySqlStatementText.kind(statement) == MySqlStatementText.Kind.DML
            ? inRolledBackTransaction(explain, sql)
            : single(explain, sql);
    return new MySqlExplainParser(server.kind()).parse(json, statement, Plan.PlanSource.EXPLAIN);
  }

  /**
   * Runs an analysing SELECT in a read-only transaction of its own, ended with ROLLBACK. On a
   * connection with autocommit off, START TRANSACTION would commit the caller's open transaction,
   * so there it runs in the session's read-only state as before.
   */
  private String inReadOnlyTransaction(String text, String sql) {
    try {
      if (!connection.getAutoCommit()) {
        return single(text, sql);
      }
    } catch (SQLException e) {
      throw failure(e, sql);
    }
    return inTransaction("START TRANSACTION READ ONLY", text, sql);
  }

  private String inRolledBackTransaction(String text, String sql) {
    try {
      if (!connection.getAutoCommit()) {
        // START TRANSACTION would commit whatever the caller has open on this connection.
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "cannot plan or analyse a write on a connection with autocommit off: starting the"
                + " rolled-back transaction would commit the transaction already open on it; give"
                + " queryscope a connection of its own");
      }
    } catch (SQLException e) {
      throw failure(e, sql);
    }
    return inTransaction("START TRANSACTION READ WRITE", text, sql);
  }

  /** Runs {@code text} in a transaction begun by {@code start} and always rolled back. */
  private String inTransaction(String start, String text, String sql) {
    try (Statement st = connection.createStatement()) {
      MySqlQuery.command(st, start);
      try {
        return single(text, sql);
      } finally {
        MySqlQuery.command(st, "ROLLBACK");
      }
    } catch (SQLException e) {
      throw failure(e, sql);
    }
  }

  private String single(String text, String sql) {
    SingleStatement.require(text, "EXPLAIN", "ANALYZE");
    try (Statement st = connection.createStatement()) {
      st.setQueryTimeout(query.timeoutSeconds());
      try (ResultSet rs = st.executeQuery(text)) {
        StringBuilder out = new StringBuilder();
        while (rs.next()) {
          if (out.length() > 0) {
            out.append('\n');
          }
          out.append(rs.getString(1));
        }
        return out.toString();
      }
    } catch (SQLException e) {
      throw failure(e, sql);
    }
  }

  private QueryScopeException failure(SQLException e, String sql) {
    boolean timeout =
        e instanceof SQLTimeoutException
            || e.getErrorCode() == 1969
            || e.getErrorCode() == 3024
            || e.getErrorCode() == 1205;
    if (timeout) {
      return new QueryScopeException(
          ErrorCode.TIMEOUT,
          "explaining "
              + abbreviate(sql)
              + " hit the analyzer's time or lock limit ("
              + e.getMessage()
              + "); raise the statement timeout or explain without --analyze",
          e);
    }
    String grant = MySqlGrants.advice(e);
    if (grant != null) {
      return new QueryScopeException(
          ErrorCode.MISSING_PRIVILEGE,
          "could not explain " + abbreviate(sql) + ": " + e.getMessage() + "; " + grant,
          e);
    }
    return new QueryScopeException(
        ErrorCode.ANALYSIS_FAILED,
        "could not explain " + abbreviate(sql) + ": " + e.getMessage(),
        e);
  }

  private static String abbreviate(String sql) {
    String one = sql.strip().replaceAll("\\s+", " ");
    return one.length() > 100 ? one.substring(0, 100) + "…" : one;
  }

  @Override
  public Workload readWorkload() {
    return new MySqlWorkloadReader(query).read();
  }

  @Override
  public Catalog readCatalog() {
    catalog = new MySqlCatalogReader(query).read();
    return catalog;
  }

  @Override
  public ServerState readServerState() {
    try {
      return new MySqlServerStateReader(query).read();
    } catch (SQLException e) {
      throw new QueryScopeException(
          ErrorCode.ANALYSIS_FAILED,
          "could not read server settings and sessions (" + e.getMessage() + ")",
          e);
    }
  }

  /**
   * MySQL and MariaDB have no hypothetical indexes, and DDL commits implicitly, so a candidate is
   * only ever estimated (method {@code estimate}); {@link WhatIfMode#TRANSACTIONAL} is refused.
   */
  @Override
  public WhatIfResult whatIf(String sql, CandidateIndex index, WhatIfMode mode) {
    if (mode == WhatIfMode.TRANSACTIONAL) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "trying an index in a rolled-back transaction is not possible on "
              + server.label()
              + ": CREATE INDEX commits implicitly, so it would really be built; use the"
              + " estimate (the default) or try the index on a copy of the database");
    }
    Plan before = explain(sql, ExplainOptions.ESTIMATE);
    if (catalog == null) {
      readCatalog();
    }
    return new MySqlIndexEstimator(catalog).estimate(sql, index, before);
  }

  /**
   * What dropping {@code index} on {@code table} would do: each statement is explained as it is and
   * again with {@code IGNORE INDEX (index)}. The hint is part of the statement text, so nothing on
   * the server changes. Statements that fail to explain are listed in the notes.
   */
  public IndexRemovalImpact withoutIndex(String table, String index, List<String> statements) {
    List<IndexRemovalImpact.StatementImpact> impacts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String sql : statements) {
      String hinted = MySqlIndexHint.ignore(sql, table, index);
      if (hinted == null) {
        notes.add("does not read " + table + ", not affected: " + abbreviate(sql));
        continue;
      }
      try {
        Plan before = explain(sql, ExplainOptions.ESTIMATE);
        Plan after = explain(hinted, ExplainOptions.ESTIMATE);
        boolean used = MySqlPlanReads.uses(before, table, index);
        double readsBefore = MySqlPlanReads.of(before);
        double readsAfter = MySqlPlanReads.of(after);
        boolean worse;
        if (!Double.isNaN(before.totalCost()) && !Double.isNaN(after.totalCost())) {
          worse = used && after.totalCost() > before.totalCost() * WORSE_FACTOR;
        } else {
          worse = used && readsAfter > readsBefore * WORSE_FACTOR;
        }
        impacts.add(
            new IndexRemovalImpact.StatementImpact(
                sql, before, after, used, worse, readsBefore, readsAfter));
      } catch (QueryScopeException e) {
        notes.add("could not check " + abbreviate(sql) + ": " + e.getMessage());
      }
    }
    return new IndexRemovalImpact(table, index, impacts, notes);
  }

  @Override
  public void close() {
    settings.restore();
  }
}
