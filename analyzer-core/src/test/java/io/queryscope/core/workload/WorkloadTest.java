package io.queryscope.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which start a merged workload keeps. */
class WorkloadTest {

  private static final Instant RESET = Instant.parse("2025-11-21T00:00:00Z");
  private static final Instant CAPTURED = Instant.parse("2025-11-21T09:55:00Z");

  @Test
  void aCaptureMergedFirstDoesNotBecomeTheServerStatisticsStart() {
    Workload capture = workload(WorkloadSource.PROXY, CAPTURED);
    Workload server = workload(WorkloadSource.PG_STAT_STATEMENTS, RESET);

    assertThat(capture.plus(server).since()).isEqualTo(RESET);
    assertThat(server.plus(capture).since()).isEqualTo(RESET);
    assertThat(capture.plus(server).hasServerStatistics()).isTrue();
    assertThat(capture.hasServerStatistics()).isFalse();
  }

  @Test
  void withServerStatisticsOnBothSidesOrNeitherTheFirstKnownStartIsKept() {
    Workload log = workload(WorkloadSource.SLOW_LOG, null);
    Workload server = workload(WorkloadSource.PG_STAT_STATEMENTS, RESET);

    assertThat(log.plus(server).since()).isEqualTo(RESET);
    assertThat(Workload.EMPTY.plus(workload(WorkloadSource.PROXY, CAPTURED)).since())
        .isEqualTo(CAPTURED);
  }

  private static Workload workload(WorkloadSource source, Instant since) {
    StatementStats s =
        new StatementStats(1, "select ?", null, null, null, source, 1, 1, 1, 1, 1, -1, null);
    return new Workload(List.of(s), since, List.of());
  }
}
