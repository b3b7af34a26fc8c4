package io.queryscope.benchmarks.capture;

import java.sql.SQLException;
import java.sql.Statement;

/** One row with one long column. */
final class StubResultSet extends UnsupportedResultSet {

  private final StubPreparedStatement statement;
  private final long value;
  private int row;
  private boolean closed;

  StubResultSet(StubPreparedStatement statement, long value) {
    this.statement = statement;
    this.value = value;
  }

  @Override
  public boolean next() {
    return ++row == 1;
  }

  @Override
  public long getLong(int columnIndex) {
    return value;
  }

  @Override
  public int getFetchSize() {
    return 0;
  }

  @Override
  public boolean wasNull() {
    return false;
  }

  @Override
  public Statement getStatement() {
    return statement;
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
