package io.queryscope.postgresql;

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
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A read-only analysis session on a caller's connection. Opening it makes every later transaction
 * read-only and puts statement and lock timeouts in place before anything else runs; closing it
 * restores the caller's settings.
 */
final class PostgresSession implements DialectSession {

  private final PostgresJdbc jdbc;
  private final SessionOptions options;
  private final Target target;
  private final ServerVersion version;
  private final List<String> restore;
  private final boolean autoCommit;
  private final PostgresExplainer explainer;

  private PostgresSession(
      PostgresJdbc jdbc,
      SessionOptions options,
      Target target,
      List<String> restore,
      boolean autoCommit) {
    this.jdbc = jdbc;
    this.options = options;
    this.target = target;
    this.version = target.serverVersion();
    this.restore = restore;
    this.autoCommit = autoCommit;
    this.explainer = new PostgresExplainer(jdbc, version);
  }

  static PostgresSession open(Connection connection, SessionOptions options) {
    SessionOptions opts = options == null ? SessionOptions.DEFAULTS : options;
    PostgresJdbc jdbc = new PostgresJdbc(connection);
    try {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        // An open transaction could be read-write and holds the caller's work: neither run inside
        // it nor end it.
        if (connection.unwrap(BaseConnection.class).getTransactionState()
            != TransactionState.IDLE) {
          throw new QueryScopeException(
              ErrorCode.USAGE,
              "the connection given to the analyzer is inside an open transaction; commit or roll"
                  + " it back first (the analyzer works only outside the caller's transactions)");
        }
        connection.setAutoCommit(true);
      }
      // The very first statement both reads the caller's values (to restore them on close) and
      // puts the guard rails in place; the SETs that follow say the same thing explicitly.
      String statementTimeout = millis(opts.statementTimeout());
      String lockTimeout = millis(opts.lockTimeout());
      List<String> restore =
          jdbc.query(
              "select 'SET ' || name || ' = ' || quote_literal(setting),"
                  + " set_config('default_transaction_read_only', 'on', false),"
                  + " set_config('statement_timeout', "
                  + statementTimeout
                  + ", false), set_config('lock_timeout', "
                  + lockTimeout
                  + ", false)"
                  + " from (select name, setting from pg_catalog.pg_settings where name in"
                  + " ('default_transaction_read_only', 'statement_timeout', 'lock_timeout',"
                  + " 'standard_conforming_strings') offset 0) caller",
              rs -> rs.getString(1));
      jdbc.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
      jdbc.execute("SET statement_timeout = " + statementTimeout);
      jdbc.execute("SET lock_timeout = " + lockTimeout);
      jdbc.execute("SET standard_conforming_strings = on");
      ServerVersion version = ServerVersion.parse(jdbc.single("show server_version"));
      String url = connection.getMetaData().getURL();
      Target target = new Target(DatabaseKind.POSTGRESQL, version, url);
      return new PostgresSession(jdbc, opts, target, restore, autoCommit);
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not open a read-only analysis session", e);
    }
  }

  private static String millis(Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "statement and lock timeouts must be positive (got "
              + d
              + "); the analyzer never runs without one");
    }
    return "'" + d.toMillis() + "ms'";
  }

  @Override
  public Target target() {
    return target;
  }

  @Override
  public Plan explain(String sql, ExplainOptions options) {
    return explainer.explain(sql, options == null ? ExplainOptions.ESTIMATE : options);
  }

  @Override
  public Workload readWorkload() {
    return new PostgresWorkloadReader(jdbc, version).read();
  }

  @Override
  public Catalog readCatalog() {
    return new PostgresCatalogReader(jdbc).read();
  }

  @Override
  public ServerState readServerState() {
    return new PostgresServerStateReader(jdbc, version).read();
  }

  @Override
  public WhatIfResult whatIf(String sql, CandidateIndex index, WhatIfMode mode) {
    return new PostgresWhatIf(jdbc, explainer, options).run(sql, index, mode);
  }

  @Override
  public void close() {
    try {
      if (jdbc.connection().isClosed()) {
        return;
      }
      if (!jdbc.connection().getAutoCommit()) {
        jdbc.connection().rollback();
        jdbc.connection().setAutoCommit(true);
      }
      for (String set : restore) {
        jdbc.execute(set);
      }
      jdbc.connection().setAutoCommit(autoCommit);
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not restore the connection's settings", e);
    }
  }
}
