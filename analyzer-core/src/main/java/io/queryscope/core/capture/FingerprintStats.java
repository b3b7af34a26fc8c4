package io.queryscope.core.capture;

import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;

/**
 * Running totals for one fingerprint, updated by every thread that runs it and never waiting.
 *
 * <p>A writer claims the totals with one compare-and-set and updates plain fields and a plain
 * histogram; when another thread holds them it adds to a second, lock-free set (striped adders and
 * an atomic histogram, made the first time two threads collide) instead of waiting, and from then
 * on every writer goes there, so a fingerprint run by many threads at once pays what LongAdder pays
 * and never a contended compare-and-set per update. One atomic operation per update instead of one
 * per counter while a fingerprint is run by one thread at a time, which is the common case: the
 * profile of a point query showed those atomics as the largest cost after the clock. Readers claim
 * the plain set (spinning: a writer holds it for a few nanoseconds) and add the second. Memory is
 * fixed per fingerprint (about 4 KB for the latency histogram, twice that once two threads collided
 * on it), whatever the call count.
 *
 * <p>Not {@link io.queryscope.core.workload.EventGroup}, which groups events after the fact: these
 * totals must be kept live on the hot path, from every statement, while the event ring keeps only
 * the latest events, so they cannot be derived from the events later.
 */
final class FingerprintStats {

  /** Microseconds from 1 µs to one hour, ~6% resolution: percentiles, not exact values. */
  private static final long HIGHEST_MICROS = 3_600_000_000L;

  private static final VarHandle BUSY;
  private static final VarHandle SHARED;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      BUSY = lookup.findVarHandle(FingerprintStats.class, "busy", int.class);
      SHARED = lookup.findVarHandle(FingerprintStats.class, "shared", Shared.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final long fingerprintId;
  final String normalized;
  final String sampleSql;

  /** Bind values of the first execution, as a sample for the workload view. */
  volatile Object[] sampleBinds;

  /** 1 while a thread updates or reads the plain totals below. */
  @SuppressWarnings("unused")
  private int busy;

  // Guarded by `busy`.
  private long calls;
  private long errors;
  private long executeNanos;
  private long fetchNanos;
  private long rows;
  private long maxNanos;
  private final Histogram micros = new Histogram(HIGHEST_MICROS, 1);

  /** Where writers go while another thread holds `busy`; null until that first happens. */
  @SuppressWarnings("unused")
  private volatile Shared shared;

  FingerprintStats(long fingerprintId, String normalized, String sampleSql) {
    this.fingerprintId = fingerprintId;
    this.normalized = normalized;
    this.sampleSql = sampleSql;
  }

  void executed(long nanos, long rowsAffected, boolean failed) {
    if (!tryClaim()) {
      shared().executed(nanos, rowsAffected, failed);
      return;
    }
    calls++;
    executeNanos += nanos;
    if (rowsAffected > 0) {
      rows += rowsAffected;
    }
    if (failed) {
      errors++;
    }
    BUSY.setRelease(this, 0);
  }

  /** The statement is complete: {@code totalNanos} is its execute plus fetch time. */
  void completed(long fetched, long fetchedRows, long totalNanos) {
    long value = Math.min(HIGHEST_MICROS, Math.max(0, totalNanos / 1000));
    if (!tryClaim()) {
      shared().completed(fetched, fetchedRows, totalNanos, value);
      return;
    }
    if (fetched > 0) {
      fetchNanos += fetched;
    }
    if (fetchedRows > 0) {
      rows += fetchedRows;
    }
    if (totalNanos > maxNanos) {
      maxNanos = totalNanos;
    }
    try {
      micros.recordValue(value);
    } finally {
      // Never left claimed, or every reader would spin forever.
      BUSY.setRelease(this, 0);
    }
  }

  void addRows(long more) {
    if (more <= 0) {
      return;
    }
    if (!tryClaim()) {
      shared().rows.add(more);
      return;
    }
    rows += more;
    BUSY.setRelease(this, 0);
  }

  /** Whether two threads have collided on these totals (for tests of the second set). */
  boolean collided() {
    return shared != null;
  }

  long calls() {
    claim();
    long n = calls;
    BUSY.setRelease(this, 0);
    Shared s = shared;
    return s == null ? n : n + s.calls.sum();
  }

  StatementStats toStats(List<String> sampleBinds) {
    Totals t = totals();
    double totalMs = (t.executeNanos + t.fetchNanos) / 1e6;
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("errors", t.errors);
    counters.put("execute_us", t.executeNanos / 1000);
    counters.put("fetch_us", t.fetchNanos / 1000);
    if (t.micros.getTotalCount() > 0) {
      counters.put("p50_us", t.micros.getValueAtPercentile(50));
      counters.put("p95_us", t.micros.getValueAtPercentile(95));
      counters.put("p99_us", t.micros.getValueAtPercentile(99));
    }
    return new StatementStats(
        fingerprintId,
        normalized,
        sampleSql,
        sampleBinds,
        null,
        WorkloadSource.PROXY,
        t.calls,
        totalMs,
        t.calls == 0 ? 0 : totalMs / t.calls,
        t.maxNanos / 1e6,
        t.rows,
        -1,
        counters);
  }

  /**
   * Both sets added up, the plain one read while holding it. A writer arriving during the copy goes
   * to the second set, and that fingerprint's writers stay there: still exact, at the lock-free
   * cost.
   */
  private Totals totals() {
    Histogram histogram = new Histogram(HIGHEST_MICROS, 1);
    Totals plain;
    claim();
    try {
      histogram.add(micros);
      plain = new Totals(calls, errors, executeNanos, fetchNanos, rows, maxNanos, histogram);
    } finally {
      BUSY.setRelease(this, 0);
    }
    Shared s = shared;
    return s == null ? plain : plain.plus(s);
  }

  /**
   * The plain set, for a writer: only while no two threads have collided here (after that every
   * writer uses the second set) and no other thread holds it.
   */
  private boolean tryClaim() {
    return shared == null && BUSY.compareAndSet(this, 0, 1);
  }

  /** The plain set, for a reader, waiting for a writer to finish its few nanoseconds. */
  private void claim() {
    while (!BUSY.compareAndSet(this, 0, 1)) {
      Thread.onSpinWait();
    }
  }

  private Shared shared() {
    Shared s = shared;
    if (s == null) {
      Shared made = new Shared();
      s = (Shared) SHARED.compareAndExchange(this, null, made);
      if (s == null) {
        s = made;
      }
    }
    return s;
  }

  private record Totals(
      long calls,
      long errors,
      long executeNanos,
      long fetchNanos,
      long rows,
      long maxNanos,
      AbstractHistogram micros) {

    /** These totals and the second set's; the histogram is added into this one's copy. */
    Totals plus(Shared s) {
      micros.add(s.micros);
      return new Totals(
          calls + s.calls.sum(),
          errors + s.errors.sum(),
          executeNanos + s.executeNanos.sum(),
          fetchNanos + s.fetchNanos.sum(),
          rows + s.rows.sum(),
          Math.max(maxNanos, s.maxNanos.get()),
          micros);
    }
  }

  /** The lock-free totals of writers that found the plain set taken. */
  private static final class Shared {
    final LongAdder calls = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder executeNanos = new LongAdder();
    final LongAdder fetchNanos = new LongAdder();
    final LongAdder rows = new LongAdder();
    final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
    final AtomicHistogram micros = new AtomicHistogram(HIGHEST_MICROS, 1);

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

    void completed(long fetched, long fetchedRows, long totalNanos, long value) {
      if (fetched > 0) {
        fetchNanos.add(fetched);
      }
      if (fetchedRows > 0) {
        rows.add(fetchedRows);
      }
      maxNanos.accumulate(totalNanos);
      micros.recordValue(value);
    }
  }
}
