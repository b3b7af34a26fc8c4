package io.queryscope.core.capture;

import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AtomicHistogram;

/**
 * Running totals for one fingerprint, updated lock-free by every thread that runs it. Memory is
 * fixed per fingerprint (about 4 KB, most of it the latency histogram), whatever the call count.
 */
final class FingerprintStats {

  /** Microseconds from 1 µs to one hour, ~6% resolution: percentiles, not exact values. */
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  final long fingerprintId;
  final String normalized;
  final String sampleSql;

  /** Bind values of the first execution, as a sample for the workload view. */
  volatile Object[] sampleBinds;

  private final LongAdder calls = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final LongAdder executeNanos = new LongAdder();
  private final LongAdder fetchNanos = new LongAdder();
  private final LongAdder rows = new LongAdder();
  private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
  private final AtomicHistogram micros = new AtomicHistogram(HIGHEST_MICROS, 1);

  FingerprintStats(long fingerprintId, String normalized, String sampleSql) {
    this.fingerprintId = fingerprintId;
    this.normalized = normalized;
    this.sampleSql = sampleSql;
  }

  void executed(long nanos, long rowsAffected, boolean failed) {
    calls.increment();
    executeNanos.add(nanos);
    if (rowsAffected > 0) {
      rows.add(rowsAffected);
    }
    if (failed) {
      errors.increment();
    }
  }

  /** The statement is complete: {@code totalNanos} is its execute plus fetch time. */
  void completed(long fetched, long fetchedRows, long totalNanos) {
    if (fetched > 0) {
      fetchNanos.add(fetched);
    }
    if (fetchedRows > 0) {
      rows.add(fetchedRows);
    }
    maxNanos.accumulate(totalNanos);
    micros.recordValue(Math.min(HIGHEST_MICROS, Math.max(0, totalNanos / 1000)));
  }

  void addRows(long more) {
    if (more > 0) {
      rows.add(more);
    }
  }

  long calls() {
    return calls.sum();
  }

  StatementStats toStats(List<String> sampleBinds) {
    long n = calls.sum();
    double totalMs = (executeNanos.sum() + fetchNanos.sum()) / 1e6;
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("errors", errors.sum());
    counters.put("execute_us", executeNanos.sum() / 1000);
    counters.put("fetch_us", fetchNanos.sum() / 1000);
    if (micros.getTotalCount() > 0) {
      counters.put("p50_us", micros.getValueAtPercentile(50));
      counters.put("p95_us", micros.getValueAtPercentile(95));
      counters.put("p99_us", micros.getValueAtPercentile(99));
    }
    return new StatementStats(
        fingerprintId,
        normalized,
        sampleSql,
        sampleBinds,
        null,
        WorkloadSource.PROXY,
        n,
        totalMs,
        n == 0 ? 0 : totalMs / n,
        maxNanos.get() / 1e6,
        rows.sum(),
        -1,
        counters);
  }
}
