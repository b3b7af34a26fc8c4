package io.queryscope.core.catalog;

import java.time.Duration;

/** A session waiting for a lock another session holds. */
public record LockWait(
    String waitingSession,
    String blockingSession,
    Duration waited,
    String waitingQuery,
    String blockingQuery,
    String lockedObject) {}
