package io.queryscope.benchmarks.capture;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * An in-memory JDBC "driver" that answers every point query with one row at once, so a benchmark
 * through it measures what a proxy adds per statement and nothing else.
 */
public final class StubDataSource implements DataSource {

  @Override
  public Connection getConnection() {
    return new StubConnection();
  }

  @Override
  public Connection getConnection(String username, String password) {
    return new StubConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("stub");
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
