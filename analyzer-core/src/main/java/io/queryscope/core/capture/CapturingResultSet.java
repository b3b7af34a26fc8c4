package io.queryscope.core.capture;

import io.queryscope.core.Ticker;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts rows and the time spent in {@code next()} until the result set is closed (by the
 * application, or by the driver when its statement runs again or closes). A result set of generated
 * keys counts keys instead.
 *
 * <p>{@code next()} is timed only when the result set has a fetch size: with fetch size 0 (the
 * default of pgjdbc and Connector/J) the driver read every row during execute, which is already
 * timed, and next() only walks memory — timing it would cost two clock reads per row to measure
 * nanoseconds.
 */
final class CapturingResultSet extends ResultSetForwarder {

  private final CapturingStatement<?> statement;
  final Execution execution;
  private final boolean keys;
  private final boolean timed;
  private final Ticker ticker;
  private long fetchNanos;
  private long rows;
  private boolean finished;

  CapturingResultSet(
      ResultSet delegate, CapturingStatement<?> statement, Execution execution, boolean keys) {
    super(delegate);
    this.statement = statement;
    this.execution = execution;
    this.keys = keys;
    this.ticker = statement.recorder.ticker;
    this.timed = !keys && fetchesLazily(delegate);
  }

  private static boolean fetchesLazily(ResultSet results) {
    try {
      return results.getFetchSize() != 0;
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }

  @Override
  public boolean next() throws SQLException {
    long start = timed ? ticker.read() : 0;
    return moved(delegate.next(), start);
  }

  // A scrollable result set is read by moving the cursor as well as by next(): each move that lands
  // on a row counts as a row fetched (a row visited twice counts twice), and a move to before the
  // first or after the last row fetches nothing.

  @Override
  public boolean previous() throws SQLException {
    long start = timed ? ticker.read() : 0;
    return moved(delegate.previous(), start);
  }

  @Override
  public boolean first() throws SQLException {
    long start = timed ? ticker.read() : 0;
    return moved(delegate.first(), start);
  }

  @Override
  public boolean last() throws SQLException {
    long start = timed ? ticker.read() : 0;
    return moved(delegate.last(), start);
  }

  @Override
  public boolean absolute(int row) throws SQLException {
    long start = timed ? ticker.read() : 0;
    return moved(delegate.absolute(row), start);
  }

  @Override
  public boolean relative(int rowCount) throws SQLException {
    long start = timed ? ticker.read() : 0;
    boolean onRow = delegate.relative(rowCount);
    // relative(0) stays where it is: nothing new is fetched.
    moved(onRow && rowCount != 0, start);
    return onRow;
  }

  /** Accounts for one cursor move that began at {@code start} and did or did not land on a row. */
  private boolean moved(boolean onRow, long start) {
    if (timed) {
      fetchNanos += ticker.read() - start;
    }
    if (onRow) {
      rows++;
      if (keys && execution != null) {
        execution.generatedKeys++;
      }
    }
    return onRow;
  }

  @Override
  public void close() throws SQLException {
    delegate.close();
    finish();
  }

  /** Hands the figures to the statement once, however the result set ended. */
  void finish() {
    if (!finished) {
      finished = true;
      if (!keys) {
        statement.resultClosed(this, fetchNanos, rows);
      }
    }
  }

  @Override
  public Statement getStatement() {
    return statement;
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
