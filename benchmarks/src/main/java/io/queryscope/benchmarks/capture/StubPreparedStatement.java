package io.queryscope.benchmarks.capture;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Remembers the long bound to parameter 1 and returns it as a one-row result. */
final class StubPreparedStatement extends UnsupportedPreparedStatement {

  private final StubConnection connection;
  private long value;
  private boolean closed;

  StubPreparedStatement(StubConnection connection) {
    this.connection = connection;
  }

  @Override
  public void setLong(int parameterIndex, long x) {
    value = x;
  }

  @Override
  public ResultSet executeQuery() {
    return new StubResultSet(this, value);
  }

  @Override
  public int executeUpdate() {
    return 1;
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public void clearParameters() {
    value = 0;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public int getUpdateCount() {
    return -1;
  }

  @Override
  public int getMaxRows() {
    return 0;
  }

  @Override
  public int getQueryTimeout() {
    return 0;
  }

  @Override
  public void setQueryTimeout(int seconds) {}

  @Override
  public java.sql.SQLWarning getWarnings() {
    return null;
  }

  @Override
  public void clearWarnings() {}

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
