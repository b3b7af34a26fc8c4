package io.queryscope.core.events;

/**
 * One connection taken from the wrapped DataSource.
 *
 * @param pool the {@link PoolEvidence#name()} of the DataSource it came from; null for a connection
 *     the application already held when it was captured
 * @param acquireNanos time getConnection() took: the pool's wait
 * @param heldNanos from acquisition to close(); -1 while still open at capture end
 * @param busyNanos time spent executing and fetching statements on it, to compare with held time
 * @param returned false when never closed (a leak) by the end of capture
 * @param acquireStack the stack that took it, recorded for leak reports; null when not kept
 * @param acquireFailed true when getConnection() threw (a pool timeout, for instance)
 */
public record ConnectionEvent(
    long connectionId,
    String pool,
    long acquiredEpochMicros,
    long acquireNanos,
    long heldNanos,
    long busyNanos,
    int statements,
    boolean returned,
    boolean acquireFailed,
    String thread,
    String unitOfWork,
    String acquireStack) {}
