package io.queryscope.core.capture;

import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolSnapshot;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Samples a recognised pool on one shared daemon thread at a fixed interval, and when a caller had
 * to wait for a connection or gave up waiting: the moments of pressure the interval may miss. The
 * sampling task holds the monitor weakly, so a scope that is dropped without {@code close()} stops
 * being sampled instead of leaking.
 */
final class PoolMonitor {

  private static final ScheduledThreadPoolExecutor SAMPLER = sampler();

  /**
   * A wait at least this long means the pool had no idle connection. Quicker acquisitions are not
   * sampled: each sample reads the pool's connection list, and at hundreds of acquisitions a second
   * they would crowd the interval's samples out of the bounded snapshot ring.
   */
  static final long WAITED_NANOS = 1_000_000;

  private final Recorder recorder;
  private final ConnectionSource source;
  private final PoolProbe probe;
  private volatile ScheduledFuture<?> task;

  private PoolMonitor(Recorder recorder, ConnectionSource source, PoolProbe probe) {
    this.recorder = recorder;
    this.source = source;
    this.probe = probe;
  }

  static PoolMonitor start(
      Recorder recorder, ConnectionSource source, PoolProbe probe, Duration interval) {
    PoolMonitor monitor = new PoolMonitor(recorder, source, probe);
    if (interval != null && !interval.isZero() && !interval.isNegative()) {
      WeakReference<PoolMonitor> ref = new WeakReference<>(monitor);
      long millis = Math.max(1, interval.toMillis());
      monitor.task =
          SAMPLER.scheduleAtFixedRate(
              () -> {
                PoolMonitor live = ref.get();
                if (live == null) {
                  throw new IllegalStateException("scope collected; sampling stops");
                }
                live.sample();
              },
              millis,
              millis,
              TimeUnit.MILLISECONDS);
    }
    return monitor;
  }

  PoolConfig config() {
    try {
      return probe.config();
    } catch (RuntimeException | LinkageError e) {
      recorder.failed("reading the pool configuration", e);
      return null;
    }
  }

  /** A connection was handed out after {@code waitedNanos}. */
  void acquired(long waitedNanos) {
    // Without an interval, acquisitions are the only samples there are.
    if (waitedNanos >= WAITED_NANOS || task == null) {
      sample();
    }
  }

  void sample() {
    try {
      PoolSnapshot snapshot = probe.snapshot(recorder.clock().millis());
      if (snapshot != null) {
        recorder.poolSnapshot(source, snapshot);
      }
    } catch (Throwable t) {
      recorder.failed("sampling the pool", t);
    }
  }

  void stop() {
    ScheduledFuture<?> running = task;
    if (running != null) {
      running.cancel(false);
    }
  }

  private static ScheduledThreadPoolExecutor sampler() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread thread = new Thread(r, "queryscope-pool-sampler");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
