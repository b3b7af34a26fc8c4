package io.queryscope.core.capture;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.concurrent.Executor;

/**
 * A captured connection: hands out capturing statements, and follows autocommit, commit and
 * rollback so each statement carries its transaction, whether the application calls the JDBC
 * methods or runs the SQL ({@code BEGIN}, {@code COMMIT}, {@code SET autocommit = 0}).
 */
final class CapturingConnection extends ConnectionForwarder {

  final Recorder recorder;
  private final ConnectionRecord record;
  private boolean autoCommit;
  private long transactionId;

  /** A transaction begun with SQL text ({@code BEGIN}) while JDBC autocommit is on. */
  private boolean textTransaction;

  /** The SQL last prepared here: loops and N+1s prepare one string again and again. */
  private SqlInfo lastPrepared;

  CapturingConnection(Connection delegate, Recorder recorder, ConnectionRecord record) {
    super(delegate);
    this.recorder = recorder;
    this.record = record;
    this.autoCommit = initialAutoCommit(delegate);
  }

  private static boolean initialAutoCommit(Connection delegate) {
    try {
      return delegate.getAutoCommit();
    } catch (SQLException | RuntimeException e) {
      return true;
    }
  }

  /** The cache entry for SQL prepared on this connection, without a map lookup on a repeat. */
  SqlInfo sqlInfo(String sql) {
    SqlInfo last = lastPrepared;
    if (last != null && last.sql == sql && last.owner == recorder.currentState()) {
      return last;
    }
    SqlInfo info = recorder.sqlInfo(sql);
    lastPrepared = info;
    return info;
  }

  long id() {
    return record == null ? 0 : record.id;
  }

  /** The current transaction, begun lazily by the first statement after autocommit was off. */
  long transactionId() {
    if (autoCommit && !textTransaction) {
      return 0;
    }
    if (transactionId == 0) {
      transactionId = recorder.nextTransactionId();
    }
    return transactionId;
  }

  /**
   * The transaction of a statement that has just run, following what its SQL text does to the
   * transaction. A {@code BEGIN} or {@code COMMIT} belongs to the transaction it opens or closes. A
   * failed {@code BEGIN} opens nothing; a failed {@code COMMIT} still ends the transaction (the
   * server rolls it back).
   */
  long transactionAfter(TransactionControl control, boolean succeeded) {
    if (control == TransactionControl.NONE) {
      return transactionId();
    }
    switch (control) {
      case BEGIN -> {
        // In a transaction already (autocommit off, or a second BEGIN) PostgreSQL only warns.
        if (succeeded && autoCommit && !textTransaction) {
          textTransaction = true;
          transactionId = 0;
        }
        return transactionId();
      }
      case AUTOCOMMIT_OFF -> {
        // As after setAutoCommit(false), the transaction begins with the next statement.
        long id = transactionId();
        if (succeeded) {
          followAutoCommit(false);
        }
        return id;
      }
      default -> {
        // END, CHAIN, AUTOCOMMIT_ON close the open transaction, if one is open (no new one).
        long id = autoCommit && !textTransaction ? 0 : transactionId;
        if (control == TransactionControl.AUTOCOMMIT_ON) {
          if (succeeded) {
            followAutoCommit(true);
          }
        } else {
          textTransaction &= control == TransactionControl.CHAIN;
          transactionId = 0;
        }
        return id;
      }
    }
  }

  void statementRan(long nanos) {
    if (record != null) {
      record.statementRan(nanos);
    }
  }

  void statementFetched(long nanos) {
    if (record != null) {
      record.busyNanos += nanos;
    }
  }

  @Override
  public Statement createStatement() throws SQLException {
    return new CapturingStatement<>(delegate.createStatement(), this, null);
  }

  @Override
  public Statement createStatement(int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return new CapturingStatement<>(
        delegate.createStatement(resultSetType, resultSetConcurrency), this, null);
  }

  @Override
  public Statement createStatement(
      int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    return new CapturingStatement<>(
        delegate.createStatement(resultSetType, resultSetConcurrency, resultSetHoldability),
        this,
        null);
  }

  @Override
  public PreparedStatement prepareStatement(String sql) throws SQLException {
    return prepared(delegate.prepareStatement(sql), sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return prepared(delegate.prepareStatement(sql, resultSetType, resultSetConcurrency), sql);
  }

  @Override
  public PreparedStatement prepareStatement(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    return prepared(
        delegate.prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability),
        sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
    return prepared(delegate.prepareStatement(sql, autoGeneratedKeys), sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
    return prepared(delegate.prepareStatement(sql, columnIndexes), sql);
  }

  @Override
  public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
    return prepared(delegate.prepareStatement(sql, columnNames), sql);
  }

  private PreparedStatement prepared(PreparedStatement statement, String sql) {
    return new CapturingPreparedStatement<>(statement, this, sql);
  }

  @Override
  public CallableStatement prepareCall(String sql) throws SQLException {
    return callable(delegate.prepareCall(sql), sql);
  }

  @Override
  public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency)
      throws SQLException {
    return callable(delegate.prepareCall(sql, resultSetType, resultSetConcurrency), sql);
  }

  @Override
  public CallableStatement prepareCall(
      String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability)
      throws SQLException {
    return callable(
        delegate.prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability), sql);
  }

  private CallableStatement callable(CallableStatement statement, String sql) {
    return new CapturingCallableStatement(statement, this, sql);
  }

  @Override
  public void setAutoCommit(boolean on) throws SQLException {
    delegate.setAutoCommit(on);
    followAutoCommit(on);
  }

  private void followAutoCommit(boolean on) {
    if (on != autoCommit) {
      // Switching autocommit on commits the open transaction; either way a new one starts later.
      autoCommit = on;
      textTransaction = false;
      transactionId = 0;
    }
  }

  @Override
  public void commit() throws SQLException {
    delegate.commit();
    textTransaction = false;
    transactionId = 0;
  }

  @Override
  public void rollback() throws SQLException {
    delegate.rollback();
    textTransaction = false;
    transactionId = 0;
  }

  @Override
  public void rollback(Savepoint savepoint) throws SQLException {
    // A savepoint rollback stays inside the transaction.
    delegate.rollback(savepoint);
  }

  @Override
  public DatabaseMetaData getMetaData() throws SQLException {
    return new CapturingMetaData(delegate.getMetaData(), this);
  }

  @Override
  public void close() throws SQLException {
    delegate.close();
    textTransaction = false;
    transactionId = 0;
    recorder.closed(record);
  }

  @Override
  public void abort(Executor executor) throws SQLException {
    delegate.abort(executor);
    recorder.closed(record);
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
