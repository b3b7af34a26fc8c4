package io.queryscope.rules.finding;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The unit impact is measured in. With server statistics every figure is per hour of the evidence
 * it came from: server totals over the hours since {@link Workload#since()}, captured milliseconds
 * over the capture's own span (earliest event start to latest end). Without server statistics a
 * capture is all there is (a test method, one batch run) and its figures stay "per run".
 */
public final class ImpactWindow {

  /** So statistics reset, or a capture taken, a moment ago do not blow figures up 3600-fold. */
  private static final Duration FLOOR = Duration.ofMinutes(1);

  private static final ImpactWindow PER_RUN = new ImpactWindow(null, null, null);

  /** Null when figures are per run. */
  private final Duration server;

  /** Null when figures are per run; the server's when the capture's span is unknown. */
  private final Duration capture;

  /** The capture's span as measured, null when unknown; for the report's note only. */
  private final Duration captureSpan;

  private ImpactWindow(Duration server, Duration capture, Duration captureSpan) {
    this.server = server;
    this.capture = capture;
    this.captureSpan = captureSpan;
  }

  public static ImpactWindow of(AnalysisContext context) {
    return of(context, Clock.systemUTC());
  }

  static ImpactWindow of(AnalysisContext context, Clock clock) {
    Workload workload = context.workload();
    Instant since = workload.since();
    if (since == null || !workload.hasServerStatistics()) {
      return PER_RUN;
    }
    Duration span = span(context.events());
    // Capture figures without the events' times (statistics merged by a library caller) have no
    // span of their own; the server's window is the nearest one known.
    Duration server = atLeastFloor(Duration.between(since, clock.instant()));
    return new ImpactWindow(server, span == null ? server : atLeastFloor(span), span);
  }

  /** {@code ms} observed in {@code stats}, per its own source's window; null stats are server's. */
  public double scale(StatementStats stats, double ms) {
    return scale(stats == null ? null : stats.source(), ms);
  }

  /** {@code ms} observed in the statistics {@code query} was counted in; unknown: the server's. */
  public double scale(QueryRef query, double ms) {
    return scale(query == null ? null : query.source(), ms);
  }

  private double scale(WorkloadSource source, double ms) {
    return perHour(ms, source == WorkloadSource.PROXY ? capture : server);
  }

  /** {@code ms} measured from captured events (statements, connections, units of work). */
  public double captured(double ms) {
    return perHour(ms, capture);
  }

  private static double perHour(double ms, Duration window) {
    return window == null ? ms : ms * 3_600_000.0 / window.toMillis();
  }

  /** What the figures are, for the report's notes. */
  public String unit() {
    if (server == null) {
      return "ms per run";
    }
    String capturePart =
        captureSpan == null
            ? ""
            : ", capture over "
                + words(captureSpan)
                + (captureSpan.compareTo(FLOOR) < 0 ? ", counted as " + words(FLOOR) : "");
    return "ms per hour (server statistics over " + words(server) + capturePart + ")";
  }

  private static String words(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return s + " s";
    }
    return s < 90 * 60
        ? Math.round(s / 60.0) + " min"
        : String.format(Locale.ROOT, "%.1f h", s / 3600.0);
  }

  private static Duration atLeastFloor(Duration d) {
    return d.compareTo(FLOOR) < 0 ? FLOOR : d;
  }

  /** Earliest start to latest end of the captured events with a known time; null when none. */
  private static Duration span(CapturedEvents events) {
    Span span = new Span();
    events
        .statements()
        .forEach(
            e -> span.add(e.startEpochMicros(), e.executeNanos() + Math.max(0, e.fetchNanos())));
    events.connections().forEach(c -> span.add(c.acquiredEpochMicros(), c.heldNanos()));
    events.unitsOfWork().forEach(u -> span.add(u.startEpochMicros(), u.durationNanos()));
    return span.first > span.last ? null : Duration.ofNanos((span.last - span.first) * 1000);
  }

  private static final class Span {
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    /**
     * An event starting at {@code startMicros} (0: unknown) and lasting {@code nanos} (-1: open).
     */
    void add(long startMicros, long nanos) {
      if (startMicros > 0) {
        first = Math.min(first, startMicros);
        last = Math.max(last, startMicros + Math.max(0, nanos) / 1000);
      }
    }
  }
}
