package io.queryscope.rules.finding;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Each figure per hour of the evidence it came from, or per run when there is no server's. */
class ImpactWindowTest {

  private static final Instant NOW = Instant.parse("2025-11-21T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Offset<Double> CLOSE = Offset.offset(1e-6);

  /** One statement as the server counted it and as a capture saw it. */
  private static final StatementStats SERVER = stats(WorkloadSource.PG_STAT_STATEMENTS, 1000);

  private static final StatementStats CAPTURED = stats(WorkloadSource.PROXY, 8);

  @Test
  void serverStatisticsAloneArePerHourSinceTheirStart() {
    ImpactWindow w = window(server(Duration.ofHours(10)), CapturedEvents.NONE);

    assertThat(w.scale(SERVER, 1000)).isCloseTo(100, CLOSE);
    assertThat(w.unit()).isEqualTo("ms per hour (server statistics over 10.0 h)");
  }

  @Test
  void aCaptureAloneStaysPerRun() {
    Workload capture = new Workload(List.of(CAPTURED), NOW.minus(Duration.ofMinutes(5)), null);
    ImpactWindow w = window(capture, capture(Duration.ofMinutes(5)));

    assertThat(w.scale(CAPTURED, 1000)).isEqualTo(1000);
    assertThat(w.captured(1000)).isEqualTo(1000);
    assertThat(w.unit()).isEqualTo("ms per run");
  }

  @Test
  void withBothEachFigureIsPerHourOfItsOwnEvidence() {
    ImpactWindow w = window(server(Duration.ofHours(10)), capture(Duration.ofMinutes(5)));

    assertThat(w.scale(SERVER, 1000)).isCloseTo(100, CLOSE);
    assertThat(w.captured(1000)).isCloseTo(12_000, CLOSE);
    assertThat(w.unit())
        .isEqualTo("ms per hour (server statistics over 10.0 h, capture over 5 min)");
  }

  @Test
  void capturedStatisticsInAMixedWorkloadAreScaledByTheCaptureNotTheServer() {
    // A capture merged first, as a library caller might: its start must not be the server's.
    Workload mixed =
        new Workload(List.of(CAPTURED), NOW.minus(Duration.ofMinutes(5)), null)
            .plus(server(Duration.ofHours(10)));
    ImpactWindow w = window(mixed, capture(Duration.ofMinutes(5)));

    assertThat(w.scale(CAPTURED, 1000)).isCloseTo(12_000, CLOSE);
    assertThat(w.scale(SERVER, 1000)).isCloseTo(100, CLOSE);
    // A finding that kept only the statement's QueryRef finds the same group again.
    assertThat(w.scale(QueryRefs.of(CAPTURED), 1000)).isCloseTo(12_000, CLOSE);
    assertThat(w.scale(QueryRefs.of(SERVER), 1000)).isCloseTo(100, CLOSE);
  }

  @Test
  void windowsShorterThanAMinuteCountAsOne() {
    ImpactWindow w = window(server(Duration.ofSeconds(10)), capture(Duration.ofSeconds(1)));

    assertThat(w.scale(SERVER, 1000)).isCloseTo(60_000, CLOSE);
    assertThat(w.captured(1000)).isCloseTo(60_000, CLOSE);
    assertThat(w.unit()).contains("capture over 1 s, counted as 1 min");
  }

  private static ImpactWindow window(Workload workload, CapturedEvents events) {
    return ImpactWindow.of(
        new AnalysisContext(null, workload, null, null, null, events, null), CLOCK);
  }

  private static Workload server(Duration ago) {
    return new Workload(List.of(SERVER), NOW.minus(ago), null);
  }

  /** A capture whose one unit of work (a nightly job) ends now and lasted {@code span}. */
  private static CapturedEvents capture(Duration span) {
    long start = NOW.minus(span).toEpochMilli() * 1000;
    UnitOfWorkEvent job = new UnitOfWorkEvent("nightly job", start, span.toNanos(), "main", 0);
    return new CapturedEvents(List.of(), List.of(), List.of(job), List.of(), 0);
  }

  private static StatementStats stats(WorkloadSource source, long calls) {
    return new StatementStats(
        7, "select ?", null, null, null, source, calls, calls * 2.5, 2.5, 3, calls, -1, null);
  }
}
