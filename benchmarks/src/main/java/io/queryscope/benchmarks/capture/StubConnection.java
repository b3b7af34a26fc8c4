package io.queryscope.benchmarks.capture;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Hands out {@link StubPreparedStatement}s; everything else the benchmark never calls. */
final class StubConnection extends UnsupportedConnection {

  private boolean closed;
  private boolean autoCommit = true;

  @Override
  public PreparedStatement prepareStatement(String sql) {
    return new StubPreparedStatement(this);
  }

  @Override
  public boolean getAutoCommit() {
    return autoCommit;
  }

  @Override
  public void setAutoCommit(boolean on) {
    autoCommit = on;
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
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public int getTransactionIsolation() {
    return TRANSACTION_READ_COMMITTED;
  }

  @Override
  public String getCatalog() {
    return null;
  }

  @Override
  public String getSchema() {
    return null;
  }

  @Override
  public int getNetworkTimeout() {
    return 0;
  }

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
