package io.queryscope.cli.plans;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.SessionOptions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection and the dialect's read-only session on it, closed together. The connection is made
 * read-only before the dialect sees it, so even a dialect that forgot would not write.
 */
final class TargetSession implements AutoCloseable {

  private final Connection connection;
  private final DialectSession session;

  private TargetSession(Connection connection, DialectSession session) {
    this.connection = connection;
    this.session = session;
  }

  static TargetSession open(ConnectionOptions options) {
    Connection connection = options.open();
    try {
      connection.setReadOnly(true);
      Dialect dialect = Dialects.forConnection(connection);
      return new TargetSession(connection, dialect.open(connection, SessionOptions.DEFAULTS));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      if (e instanceof QueryScopeException q) {
        throw q;
      }
      throw new QueryScopeException(
          ErrorCode.CONNECTION_FAILED, "could not start a read-only session: " + e.getMessage(), e);
    }
  }

  DialectSession session() {
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

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // Nothing left to do with a connection that will not close; the process ends soon.
    }
  }
}
