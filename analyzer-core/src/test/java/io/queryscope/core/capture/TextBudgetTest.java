package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.QueryScope;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.workload.StatementStats;
import org.junit.jupiter.api.Test;

/** What the capture's 16 M-char budget for whole SQL text pays for. */
class TextBudgetTest {

  @Test
  void aStringCachedAndKeptAsItsShapesSampleIsChargedOnce() {
    Recorder recorder = QueryScope.create().recorder();
    // Two shapes of 6 M chars each: 12 M chars of text fit the budget when each string is paid
    // for once, though each is both a cached string and its fingerprint's sample.
    String literal = "'" + "v".repeat(6_000_000) + "'";
    String first = "select a from t where x = " + literal;
    String second = "select b from t where x = " + literal;
    for (String sql : new String[] {first, second}) {
      recorder.executed(null, sql, null, StatementKind.QUERY, 0, 1_000, null, 1, 0, false, null);
    }
    assertThat(recorder.workload().statements())
        .hasSize(2)
        .extracting(StatementStats::sampleSql)
        .noneMatch(CutText::isCut)
        .containsExactlyInAnyOrder(first, second);
    assertThat(recorder.events().statements())
        .extracting(e -> e.sql().length())
        .containsExactly(first.length(), second.length());
  }
}
