package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.workload.StatementStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 32 threads × 20,000 statements through one scope: every one is counted. The connections are a
 * stub driver (StubJdbc) because this tests queryscope's own bookkeeping without a lock, not JDBC
 * behaviour — 640,000 round trips to a real server would take minutes on a shared machine. The same
 * counts through HikariCP on both real servers, at a size they run in seconds, are in {@link
 * PoolCaptureContract#everyStatementOfManyThreadsThroughThePoolIsRecordedOnce}.
 */
class ConcurrentCaptureTest {

  private static final int THREADS = 32;
  private static final int PER_THREAD = 20_000;

  @Test
  void everyStatementFromEveryThreadIsCounted() throws Exception {
    int ring = 50_000;
    QueryScope scope = QueryScope.builder().ringSize(ring).build();
    Parallel.run(
        THREADS,
        thread -> {
          try (Connection c = scope.wrap(StubJdbc.connection(1))) {
            for (int i = 0; i < PER_THREAD; i++) {
              String sql =
                  i % 2 == 0 ? "select v from t where id = ?" : "select v from u where id = ?";
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, thread * (long) PER_THREAD + i);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    rs.getLong(1);
                  }
                }
              }
            }
          }
        });

    long total = (long) THREADS * PER_THREAD;
    assertThat(scope.statementCount()).isEqualTo(total);
    List<StatementStats> groups = scope.workload().statements();
    assertThat(groups).hasSize(2);
    assertThat(groups).allSatisfy(g -> assertThat(g.calls()).isEqualTo(total / 2));
    assertThat(groups.stream().mapToLong(StatementStats::rows).sum()).isEqualTo(total);

    CapturedEvents events = scope.events();
    assertThat(events.statements()).hasSize(ring);
    assertThat(events.droppedStatements()).isEqualTo(total - ring);
    Set<Long> sequences = new HashSet<>();
    for (StatementEvent e : events.statements()) {
      sequences.add(e.sequence());
      assertThat(e.rowsFetched()).isEqualTo(1);
    }
    assertThat(sequences).hasSize(ring);
    assertThat(events.connections())
        .hasSize(THREADS)
        .allSatisfy(c -> assertThat(c.statements()).isEqualTo(PER_THREAD));
    assertThat(scope.internalFailures()).isZero();
  }
}
