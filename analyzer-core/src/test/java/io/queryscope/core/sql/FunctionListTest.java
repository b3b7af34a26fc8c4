package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FunctionListTest {

  @Test
  void matchesExactNamesAndGlobsIgnoringCase() {
    FunctionList list = FunctionList.load(FunctionListTest.class, "function-list-sample.txt");
    assertThat(list.contains("PG_SLEEP")).isTrue();
    assertThat(list.contains("pg_stat_reset_single_table_counters")).isTrue();
    assertThat(list.contains("pg_advisory_xact_lock_shared")).isTrue();
    assertThat(list.contains("pg_stat_get_numscans")).isFalse();
    assertThat(list.contains("comment")).isFalse();
    assertThat(list.contains("pg_sleep_for")).isFalse();
  }

  @Test
  void aMissingListIsAnError() {
    assertThatThrownBy(() -> FunctionList.load(FunctionListTest.class, "no-such-list.txt"))
        .hasMessageContaining("no-such-list.txt");
  }
}
