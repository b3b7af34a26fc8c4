package io.queryscope.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

  @Test
  void splitsAtSemicolonsThatAreCode() {
    String script =
        "-- params: 'a;b'\n"
            + "select * from t where x = 'a;b';\n"
            + "select \"odd;name\" from t /* ; */ where y = $$;$$;\n"
            + "select `c;d` from t # mysql comment ;\n"
            + ";\n"
            + "-- only a comment at the end\n";
    assertThat(io.queryscope.core.sql.StatementSplitter.split(script))
        .containsExactly(
            "-- params: 'a;b'\nselect * from t where x = 'a;b'",
            "select \"odd;name\" from t /* ; */ where y = $$;$$",
            "select `c;d` from t # mysql comment ;");
  }

  @Test
  void oneStatementWithoutSemicolon() {
    assertThat(io.queryscope.core.sql.StatementSplitter.split("  select 1  \n"))
        .containsExactly("select 1");
  }

  @Test
  void inlinesQuestionMarksInOrderAndLeavesTextAlone() {
    String sql = "select '?' from orders where customer_id = ? and status = ? and d ?| array['a']";
    assertThat(BindInliner.inline(sql, List.of("42", "'paid'"), "orders.sql#1"))
        .isEqualTo(
            "select '?' from orders where customer_id = 42 and status = 'paid' and d ?| array['a']");
  }

  @Test
  void aPlaceholderConcatenatedWithPipesIsInlinedAndAnEscapedOperatorIsNot() {
    String sql = "select * from t where name like ?||'%' and d ?? 'k' and id = ?";
    assertThat(BindInliner.inline(sql, List.of("'ab'", "7"), "q#1"))
        .isEqualTo("select * from t where name like 'ab'||'%' and d ?? 'k' and id = 7");
  }

  @Test
  void inlinesPostgresPositionalParametersByNumber() {
    String sql = "select $2::text, col$1 from t where a = $1 and b = $2";
    assertThat(BindInliner.inline(sql, List.of("1", "'x'"), "q#1"))
        .isEqualTo("select 'x'::text, col$1 from t where a = 1 and b = 'x'");
  }

  @Test
  void tooFewBindsNamesTheStatementAndTheFix() {
    assertThatThrownBy(() -> BindInliner.inline("select ? + ?", List.of("1"), "math.sql#3"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage(
            "math.sql#3 has a placeholder #2 but only 1 bind value(s) were given; add them to its"
                + " '-- params:' comment or .params file")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.USAGE);
  }
}
