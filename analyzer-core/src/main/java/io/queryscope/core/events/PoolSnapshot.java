package io.queryscope.core.events;

/** The pool at one instant (HikariPoolMXBean). */
public record PoolSnapshot(
    long epochMillis, int active, int idle, int total, int threadsAwaitingConnection) {}
