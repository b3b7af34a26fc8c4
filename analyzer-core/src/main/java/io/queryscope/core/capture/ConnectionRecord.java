package io.queryscope.core.capture;

import io.queryscope.core.events.ConnectionEvent;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One connection from acquisition to close. Statement figures are plain fields updated by the
 * thread using the connection (JDBC connections are used by one thread at a time); the volatile
 * close time publishes them.
 */
final class ConnectionRecord {

  final long id;

  /** Where it came from; null for a connection the application held before it was captured. */
  final ConnectionSource source;

  final long acquiredEpochMicros;
  final long acquiredAtNanos;
  final long acquireNanos;
  final String thread;
  final String unitOfWork;

  /** Dropped when the connection comes back within the leak threshold: only leaks keep it. */
  Throwable acquireStack;

  final boolean acquireFailed;

  long busyNanos;
  int statements;
  volatile long closedAtNanos = -1;

  ConnectionRecord(
      long id,
      ConnectionSource source,
      long acquiredEpochMicros,
      long acquiredAtNanos,
      long acquireNanos,
      String thread,
      String unitOfWork,
      Throwable acquireStack,
      boolean acquireFailed) {
    this.id = id;
    this.source = source;
    this.acquiredEpochMicros = acquiredEpochMicros;
    this.acquiredAtNanos = acquiredAtNanos;
    this.acquireNanos = acquireNanos;
    this.thread = thread;
    this.unitOfWork = unitOfWork;
    this.acquireStack = acquireStack;
    this.acquireFailed = acquireFailed;
  }

  void statementRan(long nanos) {
    // Saturates: the event carries an int, and a connection kept for weeks may pass 2^31.
    if (statements < Integer.MAX_VALUE) {
      statements++;
    }
    busyNanos += nanos;
  }

  boolean returned() {
    return closedAtNanos >= 0;
  }

  /**
   * The event as of {@code nowNanos}. The acquiring stack is kept only for leaks: connections still
   * open, or held longer than {@code leakThresholdNanos}. {@code pool} is its source's name in this
   * capture.
   */
  ConnectionEvent toEvent(long nowNanos, long leakThresholdNanos, String pool) {
    long closed = closedAtNanos;
    boolean returned = closed >= 0;
    long held = acquireFailed ? 0 : returned ? closed - acquiredAtNanos : -1;
    long heldSoFar = returned ? held : nowNanos - acquiredAtNanos;
    boolean leak = !acquireFailed && (!returned || heldSoFar > leakThresholdNanos);
    return new ConnectionEvent(
        id,
        pool,
        acquiredEpochMicros,
        acquireNanos,
        held,
        busyNanos,
        statements,
        returned || acquireFailed,
        acquireFailed,
        thread,
        unitOfWork,
        leak && acquireStack != null ? stackText(acquireStack) : null);
  }

  private static String stackText(Throwable stack) {
    StringWriter out = new StringWriter();
    stack.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
