package io.queryscope.core.capture;

import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * One execution while it is still being recorded: the hot path fills plain fields, fetch figures
 * arrive when the result set closes, and {@link #toEvent} turns it into the immutable {@link
 * StatementEvent} only when someone asks. Bind values stay as the driver received them until then.
 */
final class Execution {

  final long sequence;
  final long startEpochMicros;
  final String sql;
  final SqlInfo info;
  final Object[] binds;
  final StatementKind kind;
  final int batchSize;
  final long executeNanos;
  final String sqlState;
  final String errorMessage;
  final long connectionId;
  final long transactionId;
  final String thread;
  final String unitOfWork;

  /** It returned a result set whose rows are still to come. */
  final boolean awaitsRows;

  CallSite callSite;

  long rowsAffected;
  // Written by the application's thread, published by the volatile write of `complete`.
  long fetchNanos;
  long rowsFetched;
  int generatedKeys;

  // Written with release and read with acquire: on x86 a plain store, where a volatile write
  // would cost a full fence on every statement.
  @SuppressWarnings("unused")
  private boolean complete;

  private static final VarHandle COMPLETE;

  static {
    try {
      COMPLETE = MethodHandles.lookup().findVarHandle(Execution.class, "complete", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  Execution(
      long sequence,
      long startEpochMicros,
      String sql,
      SqlInfo info,
      Object[] binds,
      StatementKind kind,
      int batchSize,
      long executeNanos,
      long rowsAffected,
      String sqlState,
      String errorMessage,
      long connectionId,
      long transactionId,
      String thread,
      String unitOfWork,
      boolean awaitsRows) {
    this.sequence = sequence;
    this.startEpochMicros = startEpochMicros;
    this.sql = sql;
    this.info = info;
    this.binds = binds;
    this.kind = kind;
    this.batchSize = batchSize;
    this.executeNanos = executeNanos;
    this.rowsAffected = rowsAffected;
    this.sqlState = sqlState;
    this.errorMessage = errorMessage;
    this.connectionId = connectionId;
    this.transactionId = transactionId;
    this.thread = thread;
    this.unitOfWork = unitOfWork;
    this.awaitsRows = awaitsRows;
  }

  void markComplete() {
    COMPLETE.setRelease(this, true);
  }

  boolean isComplete() {
    return (boolean) COMPLETE.getAcquire(this);
  }

  StatementEvent toEvent() {
    boolean rowsKnown = isComplete() || !awaitsRows;
    return new StatementEvent(
        sequence,
        startEpochMicros,
        sql,
        info == null ? 0 : info.stats.fingerprintId,
        bindTexts(binds),
        kind,
        batchSize,
        executeNanos,
        rowsKnown ? fetchNanos : -1,
        rowsKnown ? rowsFetched : -1,
        rowsAffected,
        generatedKeys,
        sqlState,
        errorMessage,
        connectionId,
        transactionId,
        thread,
        unitOfWork,
        callSite);
  }

  static List<String> bindTexts(Object[] values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.length);
    for (Object value : values) {
      out.add(BindText.of(value));
    }
    return out;
  }
}
