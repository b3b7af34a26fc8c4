package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.workload.StatementStats;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The totals of one fingerprint are exact whether its writers took the plain set, collided and went
 * to the lock-free set, or raced a reader for the plain one.
 */
class FingerprintStatsTest {

  private static final int THREADS = 8;
  private static final int PER_THREAD = 50_000;

  @Test
  void oneThreadKeepsExactTotalsAndPercentiles() {
    FingerprintStats stats = new FingerprintStats(1, "select ?", "select 1");
    for (int i = 1; i <= 1_000; i++) {
      stats.executed(i * 1_000L, -1, i % 10 == 0);
      stats.completed(500, 2, i * 1_000L + 500);
    }
    StatementStats s = stats.toStats(List.of());
    assertThat(stats.collided()).isFalse();
    assertThat(s.calls()).isEqualTo(1_000);
    assertThat(s.rows()).isEqualTo(2_000);
    assertThat(s.counters()).containsEntry("errors", 100L).containsEntry("fetch_us", 500L);
    assertThat(s.counters().get("execute_us")).isEqualTo(500_500L);
    // ~6% resolution: the median of 1..1000 µs is near 500.
    assertThat(s.counters().get("p50_us")).isBetween(450L, 560L);
    assertThat(s.maxMs()).isEqualTo(1.0005);
  }

  @Test
  void threadsThatCollideAndAReaderLoseNothing() throws Exception {
    FingerprintStats stats = new FingerprintStats(1, "select ?", "select 1");
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread writer =
          new Thread(
              () -> {
                await(start);
                for (int i = 0; i < PER_THREAD; i++) {
                  stats.executed(1_000, -1, false);
                  stats.completed(0, 1, 2_000);
                  stats.addRows(1);
                }
              });
      writer.start();
      writers.add(writer);
    }
    AtomicBoolean wentBack = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              await(start);
              long seen = 0;
              while (seen < (long) THREADS * PER_THREAD) {
                long now = stats.calls();
                wentBack.compareAndSet(false, now < seen);
                seen = Math.max(seen, now);
              }
            });
    reader.start();
    start.countDown();
    for (Thread writer : writers) {
      writer.join();
    }
    reader.join(60_000);

    // Eight writers on two or more cores collide: both sets were written.
    assertThat(stats.collided()).isTrue();
    long total = (long) THREADS * PER_THREAD;
    StatementStats s = stats.toStats(List.of());
    assertThat(s.calls()).isEqualTo(total);
    assertThat(s.rows()).isEqualTo(2 * total);
    assertThat(s.counters().get("execute_us")).isEqualTo(total);
    assertThat(s.counters().get("p99_us")).isEqualTo(2L);
    assertThat(reader.isAlive()).as("the reader saw every call").isFalse();
    assertThat(wentBack).as("a read went backwards").isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
