package io.queryscope.core.capture;

import io.queryscope.core.events.PoolConfig;

/**
 * One place connections come from: a wrapped DataSource or a {@code jdbc:queryscope:} URL, with its
 * pool monitor when it is a pool queryscope recognises. Its figures live in the capture state (see
 * {@link CaptureState#figures}), so a reset clears them.
 */
final class ConnectionSource {

  /** What the source is called when the pool does not name itself. */
  final String label;

  /** Set once, right after construction and before the source is handed out; null for no pool. */
  private volatile PoolMonitor monitor;

  ConnectionSource(String label) {
    this.label = label;
  }

  void monitor(PoolMonitor monitor) {
    this.monitor = monitor;
  }

  /** The pool's configuration, or null when it is not a recognised pool. */
  PoolConfig config() {
    PoolMonitor m = monitor;
    return m == null ? null : m.config();
  }

  /**
   * The pool's own name from {@code config}, else the label. Read when evidence is taken, not at
   * wrap time: HikariCP names a lazily started pool only when it starts.
   */
  String baseName(PoolConfig config) {
    return config != null && config.poolName() != null ? config.poolName() : label;
  }

  void sample() {
    PoolMonitor m = monitor;
    if (m != null) {
      m.sample();
    }
  }

  void acquired(long waitedNanos) {
    PoolMonitor m = monitor;
    if (m != null) {
      m.acquired(waitedNanos);
    }
  }

  void stop() {
    PoolMonitor m = monitor;
    if (m != null) {
      m.stop();
    }
  }
}
