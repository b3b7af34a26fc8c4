package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.QueryScope;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * Ten million statements through one recorder (no server, no driver: the recorder is what holds
 * memory) stay within the budget docs/capture.md states for the default settings: 32 MB retained.
 */
class CaptureMemoryTest {

  static final long STATEMENTS = 10_000_000L;
  static final int DISTINCT_SQL = 3_000;
  static final long BUDGET_BYTES = 32L * 1024 * 1024;

  @Test
  void tenMillionStatementsStayWithinTheMemoryBudget() {
    String[] sql = new String[DISTINCT_SQL];
    for (int i = 0; i < DISTINCT_SQL; i++) {
      sql[i] = "select c" + i + " from t" + i + " where id = ? and state = ?";
    }
    long before = usedHeapAfterGc();
    QueryScope scope = QueryScope.create();
    Recorder recorder = scope.recorder();
    UnitSpan unit = recorder.openUnit("memory");
    for (long n = 0; n < STATEMENTS; n++) {
      Object[] binds = {n, "open"};
      Execution execution =
          recorder.executed(
              null,
              sql[(int) (n % DISTINCT_SQL)],
              null,
              StatementKind.QUERY,
              n,
              n + 1_000,
              binds,
              1,
              -1,
              true,
              null);
      recorder.fetched(null, execution, 500, 1);
    }
    recorder.closeUnit(unit);
    long retained = usedHeapAfterGc() - before;
    System.out.printf(
        "10M statements, %d distinct SQL: %.1f MB retained (budget %d MB)%n",
        DISTINCT_SQL, retained / 1048576.0, BUDGET_BYTES / 1048576);

    assertThat(scope.statementCount()).isEqualTo(STATEMENTS);
    Workload workload = scope.workload();
    assertThat(workload.statements().stream().mapToLong(s -> s.calls()).sum())
        .isEqualTo(STATEMENTS);
    // 2,000 fingerprints of their own, the other 1,000 SQL shapes share bucket 0.
    assertThat(workload.statements()).hasSize(2_001);
    assertThat(scope.events().droppedStatements()).isEqualTo(STATEMENTS - 10_000);
    assertThat(retained).isLessThan(BUDGET_BYTES);
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
