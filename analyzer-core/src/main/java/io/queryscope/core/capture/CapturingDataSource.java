package io.queryscope.core.capture;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Times each {@code getConnection()} (the pool's wait) and captures the connections it hands out.
 */
final class CapturingDataSource implements DataSource {

  final DataSource delegate;
  final Recorder recorder;
  private final ConnectionSource source;

  CapturingDataSource(DataSource delegate, Recorder recorder, ConnectionSource source) {
    this.delegate = delegate;
    this.recorder = recorder;
    this.source = source;
  }

  @Override
  public Connection getConnection() throws SQLException {
    long start = recorder.ticker.read();
    Connection connection;
    try {
      connection = delegate.getConnection();
    } catch (SQLException | RuntimeException e) {
      recorder.acquireFailed(source, start, recorder.ticker.read());
      throw e;
    }
    return recorder.acquired(connection, source, start, recorder.ticker.read());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    long start = recorder.ticker.read();
    Connection connection;
    try {
      connection = delegate.getConnection(username, password);
    } catch (SQLException | RuntimeException e) {
      recorder.acquireFailed(source, start, recorder.ticker.read());
      throw e;
    }
    return recorder.acquired(connection, source, start, recorder.ticker.read());
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate.isWrapperFor(iface);
  }

  @Override
  public String toString() {
    return "queryscope(" + delegate + ")";
  }
}
