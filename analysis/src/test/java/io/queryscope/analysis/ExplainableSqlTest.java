package io.queryscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.QueryScopeException;
import org.junit.jupiter.api.Test;

class ExplainableSqlTest {

  @Test
  void aCommentInFrontOfTheStatementIsNotItsKind() {
    assertThat(ExplainableSql.firstWord("/* load Owner */ select * from owners"))
        .isEqualTo("select");
    assertThat(ExplainableSql.firstWord("-- report\n(select 1)")).isEqualTo("select");
    ExplainableSql.require("/* controller='owners' */ select 1");
  }

  @Test
  void whatEXPLAINDoesNotTakeIsStillRefused() {
    assertThatThrownBy(() -> ExplainableSql.require("/* x */ vacuum orders"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("VACUUM cannot be explained");
  }
}
