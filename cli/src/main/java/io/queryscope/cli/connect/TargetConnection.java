package io.queryscope.cli.connect;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.SessionOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * An open, read-only analysis session on a target: the connection, the dialect that recognised the
 * server, and the dialect's session. Closing it closes all three.
 */
public final class TargetConnection implements AutoCloseable {

  private final Connection connection;
  private final Dialect dialect;
  private final DialectSession session;
  private final AnswerWatch watch;

  private TargetConnection(
      Connection connection, Dialect dialect, DialectSession session, AnswerWatch watch) {
    this.connection = connection;
    this.dialect = dialect;
    this.session = session;
    this.watch = watch;
  }

  /** Connects with the default connect timeout ({@link Timeouts#DEFAULTS}). */
  public static TargetConnection open(ConnectionSpec spec, SessionOptions options) {
    return open(spec, options, Timeouts.DEFAULTS.connect());
  }

  /** Connects within the user's timeouts; the session gets the default lock timeout. */
  public static TargetConnection open(
      ConnectionSpec spec, Timeouts timeouts, boolean allowTransactionalWhatIf) {
    return open(spec, timeouts.session(allowTransactionalWhatIf), timeouts.connect());
  }

  /**
   * Connects within {@code connectTimeout} and opens the dialect's read-only session. From then on
   * the socket may stay silent for the statement timeout plus {@link Timeouts#ANSWER_MARGIN}: a
   * server that answers nothing for that long ends the run.
   *
   * @throws io.queryscope.core.QueryScopeException with a one-line message for every failure a user
   *     can fix
   */
  private static TargetConnection open(
      ConnectionSpec spec, SessionOptions options, Duration connectTimeout) {
    if (spec.url() == null || !spec.url().startsWith("jdbc:")) {
      throw ConnectionFailures.unsupportedUrl(spec.url(), null);
    }
    QueryScopeException rejected = ConnectionFailures.rejectedBeforeConnect(spec.url());
    if (rejected != null) {
      throw rejected;
    }
    SessionOptions opts = options == null ? SessionOptions.DEFAULTS : options;
    DriverTimeouts timeouts =
        DriverTimeouts.of(spec.url(), new Timeouts(connectTimeout, opts.statementTimeout()));
    Connection connection = connect(spec, timeouts, connectTimeout);
    try {
      connection.setNetworkTimeout(Runnable::run, (int) timeouts.answer().toMillis());
      AnswerWatch watch = new AnswerWatch(connection, spec.url(), timeouts.answer());
      Dialect dialect =
          watch.watch("asking which server it is", () -> Dialects.forConnection(connection));
      DialectSession opened =
          watch.watch("opening the read-only session", () -> dialect.open(connection, opts));
      return new TargetConnection(connection, dialect, new WatchedSession(opened, watch), watch);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw ConnectionFailures.translate(spec, e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  static Connection connect(ConnectionSpec spec, DriverTimeouts timeouts, Duration connectTimeout) {
    Properties props = new Properties();
    props.putAll(timeouts.properties());
    if (spec.user() != null) {
      props.setProperty("user", spec.user());
    }
    if (spec.password() != null) {
      props.setProperty("password", spec.password());
    }
    if (spec.url().startsWith("jdbc:postgresql:")) {
      props.setProperty("ApplicationName", "queryscope");
    }
    try {
      return DriverManager.getConnection(timeouts.url(), props);
    } catch (SQLException e) {
      QueryScopeException silent = Silence.atLogin(spec.url(), e, connectTimeout);
      throw silent != null ? silent : ConnectionFailures.translate(spec, e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public DialectSession session() {
    return session;
  }

  /** How long the open connection's socket may stay silent; for tests of the limits. */
  int networkTimeoutMillis() throws SQLException {
    return connection.getNetworkTimeout();
  }

  /**
   * Closes the session and the connection.
   *
   * @throws io.queryscope.core.QueryScopeException when the server stopped answering during the
   *     session, even if every failure on the way was kept as a note
   */
  @Override
  public void close() {
    try {
      session.close();
    } finally {
      closeQuietly(connection);
    }
    if (watch.stopped() != null) {
      throw watch.stopped();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing after an analysis: nothing useful to tell the user.
    }
  }
}
