package io.queryscope.core.capture;

import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.PoolSnapshot;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AtomicHistogram;

/** What one connection source did since the capture started or was reset. Lock-free. */
final class PoolFigures {

  private static final int SNAPSHOT_RING = 2048;
  private static final long HIGHEST_ACQUIRE_MICROS = 3_600_000_000L;

  private final LongAdder acquisitions = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final AtomicHistogram acquireMicros = new AtomicHistogram(HIGHEST_ACQUIRE_MICROS, 2);
  private final EventRing<PoolSnapshot> snapshots = new EventRing<>(SNAPSHOT_RING);

  /** A getConnection() that returned after {@code nanos}, or threw after them. */
  void acquisition(long nanos, boolean failed) {
    acquisitions.increment();
    if (failed) {
      failures.increment();
    }
    // A caller that timed out waited too: its wait belongs in the percentiles.
    acquireMicros.recordValue(Math.min(HIGHEST_ACQUIRE_MICROS, Math.max(0, nanos) / 1000));
  }

  void snapshot(PoolSnapshot snapshot) {
    snapshots.add(snapshot);
  }

  /** The evidence under {@code name}; {@code figures} may be null when nothing was recorded. */
  static PoolEvidence evidence(String name, PoolConfig config, PoolFigures figures) {
    if (figures == null) {
      return new PoolEvidence(name, config, List.of(), 0, 0, 0, 0, 0, 0);
    }
    AtomicHistogram h = figures.acquireMicros;
    boolean any = h.getTotalCount() > 0;
    return new PoolEvidence(
        name,
        config,
        figures.snapshots.snapshot(),
        figures.acquisitions.sum(),
        figures.failures.sum(),
        any ? h.getValueAtPercentile(50) / 1000.0 : 0,
        any ? h.getValueAtPercentile(95) / 1000.0 : 0,
        any ? h.getValueAtPercentile(99) / 1000.0 : 0,
        any ? h.getMaxValue() / 1000.0 : 0);
  }
}
