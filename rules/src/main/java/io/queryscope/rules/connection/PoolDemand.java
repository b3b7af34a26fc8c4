package io.queryscope.rules.connection;

import io.queryscope.core.events.ConnectionEvent;
import java.util.List;

/**
 * What the captured connections say about demand on the pool: acquisitions per second, mean time a
 * connection was held and busy, and the concurrency that implies by Little's law (L = λ × W).
 */
record PoolDemand(
    long connections,
    double windowSeconds,
    double meanHeldMs,
    double meanBusyMs,
    double totalWaitMs,
    double heldIdleShare) {

  static PoolDemand of(List<ConnectionEvent> events) {
    List<ConnectionEvent> returned =
        events.stream().filter(e -> !e.acquireFailed() && e.heldNanos() >= 0).toList();
    long start = events.stream().mapToLong(ConnectionEvent::acquiredEpochMicros).min().orElse(0);
    long end =
        events.stream()
            .mapToLong(e -> e.acquiredEpochMicros() + Math.max(0, e.heldNanos()) / 1000)
            .max()
            .orElse(0);
    double held = returned.stream().mapToLong(ConnectionEvent::heldNanos).sum() / 1e6;
    double busy =
        returned.stream().mapToLong(e -> Math.min(e.busyNanos(), e.heldNanos())).sum() / 1e6;
    double wait = events.stream().mapToLong(e -> Math.max(0, e.acquireNanos())).sum() / 1e6;
    int n = Math.max(1, returned.size());
    return new PoolDemand(
        events.size(),
        Math.max(0, end - start) / 1e6,
        held / n,
        busy / n,
        wait,
        held > 0 ? 1 - busy / held : 0);
  }

  boolean measurable() {
    return connections >= 2 && windowSeconds > 0 && meanHeldMs > 0;
  }

  double acquisitionsPerSecond() {
    return connections / windowSeconds;
  }

  /** Connections in use on average if each is held as long as it was (L = λ × W). */
  double concurrentHeld() {
    return acquisitionsPerSecond() * meanHeldMs / 1000;
  }

  /** The same if connections were returned as soon as their statements finished. */
  double concurrentBusy() {
    return acquisitionsPerSecond() * meanBusyMs / 1000;
  }
}
