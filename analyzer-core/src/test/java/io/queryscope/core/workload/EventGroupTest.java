package io.queryscope.core.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventGroupTest {

  private static StatementEvent run(long seq, String sql, long fingerprint, long ms, long rows) {
    return new StatementEvent(
        seq,
        0,
        sql,
        fingerprint,
        List.of("42"),
        StatementKind.QUERY,
        1,
        ms * 1_000_000,
        0,
        rows,
        -1,
        0,
        null,
        null,
        1,
        0,
        "main",
        null,
        null);
  }

  @Test
  void groupsByFingerprintInOrderOfFirstAppearance() {
    List<EventGroup> groups =
        EventGroup.of(
            List.of(
                run(1, "select * from b where id = 1", 20, 3, 1),
                run(2, "select * from a where id = 2", 10, 5, 2),
                run(3, "select * from b where id = 3", 20, 7, 4)));

    assertThat(groups).extracting(EventGroup::fingerprintId).containsExactly(20L, 10L);
    assertThat(groups.get(0).events()).extracting(StatementEvent::sequence).containsExactly(1L, 3L);
    assertThat(groups.get(0).totalMs()).isEqualTo(10.0);
  }

  @Test
  void statsCountSumAndKeepTheFirstStatementAsSample() {
    EventGroup group =
        EventGroup.of(
                List.of(
                    run(1, "select * from b where id = 1", 20, 3, 1),
                    run(2, "select * from b where id = 3", 20, 9, 4)))
            .get(0);

    StatementStats stats = group.stats();

    assertThat(stats.fingerprintId()).isEqualTo(20L);
    assertThat(stats.calls()).isEqualTo(2);
    assertThat(stats.totalMs()).isEqualTo(12.0);
    assertThat(stats.meanMs()).isEqualTo(6.0);
    assertThat(stats.maxMs()).isEqualTo(9.0);
    assertThat(stats.rows()).isEqualTo(5);
    assertThat(stats.sampleSql()).isEqualTo("select * from b where id = 1");
    assertThat(stats.sampleBinds()).containsExactly("42");
    assertThat(stats.normalizedSql()).doesNotContain("1");
    assertThat(stats.source()).isEqualTo(WorkloadSource.PROXY);
  }
}
