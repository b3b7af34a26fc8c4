package io.queryscope.core.events;

/** How a statement was run through JDBC. */
public enum StatementKind {
  /** executeQuery, or execute that returned a result set. */
  QUERY,
  /** executeUpdate / executeLargeUpdate, or execute that returned an update count. */
  UPDATE,
  /** executeBatch; {@link StatementEvent#batchSize()} says how many. */
  BATCH,
  /** A CallableStatement. */
  CALL
}
