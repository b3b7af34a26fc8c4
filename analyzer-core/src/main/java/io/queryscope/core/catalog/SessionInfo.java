package io.queryscope.core.catalog;

import java.time.Duration;

/**
 * One server session (a backend / a thread).
 *
 * @param stateDuration how long it has been in its current state; null when unknown
 * @param transactionDuration how long its open transaction has run; null when none
 */
public record SessionInfo(
    String id,
    String user,
    String application,
    State state,
    Duration stateDuration,
    Duration transactionDuration,
    boolean waitingForLock,
    String query) {

  /** Session states every dialect maps into. */
  public enum State {
    ACTIVE,
    IDLE,
    IDLE_IN_TRANSACTION,
    IDLE_IN_TRANSACTION_ABORTED,
    OTHER
  }
}
