package io.queryscope.benchmarks.capture;

import java.lang.reflect.Proxy;
import java.sql.DatabaseMetaData;
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

  /**
   * p6spy reads the URL when it wraps a connection; a reflective proxy is fine off the hot path.
   */
  @Override
  public DatabaseMetaData getMetaData() {
    return (DatabaseMetaData)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getURL" -> "jdbc:stub:benchmark";
                  case "getDatabaseProductName", "getDriverName" -> "stub";
                  case "getConnection" -> this;
                  default -> defaultValue(method.getReturnType());
                });
  }

  private static Object defaultValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    return null;
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
