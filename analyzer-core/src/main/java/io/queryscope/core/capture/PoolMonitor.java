package io.queryscope.core.capture;

import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolSnapshot;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Samples a recognised pool on one shared daemon thread at a fixed interval, and whenever a
 * connection is acquired. The sampling task holds the monitor weakly, so a scope that is dropped
 * without {@code close()} stops being sampled instead of leaking.
 */
final class PoolMonitor {

  private static final ScheduledThreadPoolExecutor SAMPLER = sampler();

  private final Recorder recorder;
  private final PoolProbe probe;
  private volatile ScheduledFuture<?> task;

  private PoolMonitor(Recorder recorder, PoolProbe probe) {
    this.recorder = recorder;
    this.probe = probe;
  }

  static PoolMonitor start(Recorder recorder, PoolProbe probe, Duration interval) {
    PoolMonitor monitor = new PoolMonitor(recorder, probe);
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

  void sample() {
    try {
      PoolSnapshot snapshot = probe.snapshot(recorder.clock().millis());
      if (snapshot != null) {
        recorder.poolSnapshot(snapshot);
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
