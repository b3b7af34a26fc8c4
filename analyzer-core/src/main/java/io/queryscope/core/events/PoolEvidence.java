package io.queryscope.core.events;

import java.util.List;

/**
 * What is known about one connection pool (or plain DataSource) during a capture. A scope that
 * wraps several — a primary and a read replica, say — has one of these for each.
 *
 * @param name unique within a capture, and what {@link ConnectionEvent#pool()} refers to: the
 *     HikariCP pool name, else the DataSource's class name, else the driver URL without its
 *     parameters; {@code #2}, {@code #3} are added when two would have the same name
 * @param config null when the wrapped DataSource is not a recognised pool
 * @param acquisitionTimeouts getConnection() calls that failed, as callers saw them
 * @param acquireMillisP50 median getConnection() time, from the proxy's own timing
 */
public record PoolEvidence(
    String name,
    PoolConfig config,
    List<PoolSnapshot> snapshots,
    long acquisitions,
    long acquisitionTimeouts,
    double acquireMillisP50,
    double acquireMillisP95,
    double acquireMillisP99,
    double acquireMillisMax) {

  /** The name a pool has when nothing says which one it is (an events file of format 1). */
  public static final String UNNAMED = "(data source)";

  public PoolEvidence {
    name = name == null ? UNNAMED : name;
    snapshots = List.copyOf(snapshots);
  }

  public int maxThreadsAwaiting() {
    return snapshots.stream().mapToInt(PoolSnapshot::threadsAwaitingConnection).max().orElse(0);
  }

  /** Whether {@code connection} came from this pool. */
  public boolean supplied(ConnectionEvent connection) {
    return name.equals(connection.pool());
  }
}
