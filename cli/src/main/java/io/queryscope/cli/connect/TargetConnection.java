package io.queryscope.cli.connect;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.SessionOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * An open, read-only analysis session on a target: the connection, the dialect that recognised the
 * server, and the dialect's session. Closing it closes all three.
 */
public final class TargetConnection implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_SECONDS = 10;

  private final Connection connection;
  private final Dialect dialect;
  private final DialectSession session;

  private TargetConnection(Connection connection, Dialect dialect, DialectSession session) {
    this.connection = connection;
    this.dialect = dialect;
    this.session = session;
  }

  /**
   * Connects and opens the dialect's read-only session.
   *
   * @throws io.queryscope.core.QueryScopeException with a one-line message for every failure a user
   *     can fix
   */
  public static TargetConnection open(ConnectionSpec spec, SessionOptions options) {
    if (spec.url() == null || !spec.url().startsWith("jdbc:")) {
      throw ConnectionFailures.unsupportedUrl(spec.url(), null);
    }
    QueryScopeException rejected = ConnectionFailures.rejectedBeforeConnect(spec.url());
    if (rejected != null) {
      throw rejected;
    }
    Connection connection = connect(spec);
    try {
      Dialect dialect = Dialects.forConnection(connection);
      DialectSession session = dialect.open(connection, options);
      return new TargetConnection(connection, dialect, session);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  static Connection connect(ConnectionSpec spec) {
    Properties props = new Properties();
    if (spec.user() != null) {
      props.setProperty("user", spec.user());
    }
    if (spec.password() != null) {
      props.setProperty("password", spec.password());
    }
    // Each driver spells its connect timeout differently; an unknown property is ignored.
    if (spec.url().startsWith("jdbc:postgresql:")) {
      props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
      props.setProperty("ApplicationName", "queryscope");
    } else {
      props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS * 1000));
    }
    try {
      return DriverManager.getConnection(spec.url(), props);
    } catch (SQLException e) {
      throw ConnectionFailures.translate(spec, e);
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  public DialectSession session() {
    return session;
  }

  @Override
  public void close() {
    try {
      session.close();
    } finally {
      closeQuietly(connection);
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
