package io.queryscope.core.events;

import java.util.List;

/**
 * What is known about the connection pool during a capture.
 *
 * @param config null when the wrapped DataSource is not a recognised pool
 * @param acquisitionTimeouts getConnection() calls that failed, as callers saw them
 * @param acquireMillisP50 median getConnection() time, from the proxy's own timing
 */
public record PoolEvidence(
    PoolConfig config,
    List<PoolSnapshot> snapshots,
    long acquisitions,
    long acquisitionTimeouts,
    double acquireMillisP50,
    double acquireMillisP95,
    double acquireMillisP99,
    double acquireMillisMax) {

  public PoolEvidence {
    snapshots = List.copyOf(snapshots);
  }

  public int maxThreadsAwaiting() {
    return snapshots.stream().mapToInt(PoolSnapshot::threadsAwaitingConnection).max().orElse(0);
  }
}
