package io.queryscope.core.events;

/** A named span of work (a request, a test method, a job) that N+1 detection looks inside. */
public record UnitOfWorkEvent(
    String name, long startEpochMicros, long durationNanos, String thread, int statements) {}
