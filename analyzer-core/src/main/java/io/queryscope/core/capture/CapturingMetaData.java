package io.queryscope.core.capture;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The driver's metadata, except that {@code getConnection()} returns the captured connection. */
final class CapturingMetaData extends MetaDataForwarder {

  private final CapturingConnection connection;

  CapturingMetaData(DatabaseMetaData delegate, CapturingConnection connection) {
    super(delegate);
    this.connection = connection;
  }

  @Override
  public Connection getConnection() {
    return connection;
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate.isWrapperFor(iface);
  }
}
