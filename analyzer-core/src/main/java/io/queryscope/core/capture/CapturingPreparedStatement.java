package io.queryscope.core.capture;

import io.queryscope.core.events.StatementKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A captured prepared statement: the forwarder remembers each bind value the driver accepted, and
 * each execution records a copy of them (JDBC keeps parameters across executions, so the array is
 * copied, never shared).
 */
class CapturingPreparedStatement<S extends PreparedStatement>
    extends PreparedStatementForwarder<S> {

  private static final Object[] NO_BINDS = new Object[0];

  private Object[] values;
  private int count;

  /** {@link BindValues#chars} of the values bound now, to see at once when they must be capped. */
  private int chars;

  /** The last execution holds {@code values}: copy before the next bind changes them. */
  private boolean shared;

  CapturingPreparedStatement(S delegate, CapturingConnection connection, String sql) {
    super(delegate, connection, sql);
  }

  @Override
  final void bind(int index, Object value) {
    if (!recorder.keepBinds || index < 1) {
      return;
    }
    Object kept = BindValues.frozen(value);
    if (values == null) {
      // Sized to the first index: a one-parameter statement never copies its binds.
      values = new Object[index];
    } else if (index > values.length) {
      values = Arrays.copyOf(values, Math.max(index, values.length * 2));
      shared = false;
    } else if (shared) {
      values = values.clone();
      shared = false;
    }
    chars += BindValues.chars(kept) - BindValues.chars(values[index - 1]);
    values[index - 1] = kept;
    if (index > count) {
      count = index;
    }
  }

  @Override
  final Object[] bindValues() {
    if (!recorder.keepBinds) {
      return null;
    }
    if (count == 0) {
      return NO_BINDS;
    }
    if (count > BindValues.EVENT_VALUES || chars > BindValues.EVENT_CHARS) {
      return BindValues.capped(values, count);
    }
    // Hand over the array itself (copy-on-write): most statements are bound once and closed.
    shared = true;
    return count == values.length ? values : Arrays.copyOf(values, count);
  }

  @Override
  public void clearParameters() throws SQLException {
    delegate.clearParameters();
    values = null;
    shared = false;
    count = 0;
    chars = 0;
  }

  @Override
  public ResultSet executeQuery() throws SQLException {
    long start = start();
    ResultSet results;
    try {
      results = delegate.executeQuery();
    } catch (SQLException | RuntimeException e) {
      recordFailure(preparedSql, StatementKind.QUERY, start, bindValues(), 1, e);
      throw e;
    }
    return results(results, record(preparedSql, StatementKind.QUERY, start, bindValues(), 1, -1));
  }

  @Override
  public int executeUpdate() throws SQLException {
    long start = start();
    int rows;
    try {
      rows = delegate.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      recordFailure(preparedSql, StatementKind.UPDATE, start, bindValues(), 1, e);
      throw e;
    }
    record(preparedSql, StatementKind.UPDATE, start, bindValues(), 1, rows);
    return rows;
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    long start = start();
    long rows;
    try {
      rows = delegate.executeLargeUpdate();
    } catch (SQLException | RuntimeException e) {
      recordFailure(preparedSql, StatementKind.UPDATE, start, bindValues(), 1, e);
      throw e;
    }
    record(preparedSql, StatementKind.UPDATE, start, bindValues(), 1, rows);
    return rows;
  }

  @Override
  public boolean execute() throws SQLException {
    long start = start();
    boolean hasResults;
    try {
      hasResults = delegate.execute();
    } catch (SQLException | RuntimeException e) {
      recordFailure(preparedSql, StatementKind.QUERY, start, bindValues(), 1, e);
      throw e;
    }
    executed(preparedSql, start, bindValues(), hasResults);
    return hasResults;
  }

  @Override
  public void addBatch() throws SQLException {
    delegate.addBatch();
    batched(preparedSql, batchEmpty() ? bindValues() : null);
  }
}
