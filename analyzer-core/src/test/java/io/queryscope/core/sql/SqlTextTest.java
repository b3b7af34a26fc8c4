package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

  @Test
  void blanksLiteralsQuotedNamesAndCommentsButKeepsCodeAndLength() {
    String sql =
        "select 'a;b?', \"x?\", `y;` from t -- c ? ;\nwhere a = ? /* ; ? */ and b = $$;?$$ # z ?";
    String blanked = SqlText.blankLiterals(sql);
    assertThat(blanked).hasSameSizeAs(sql);
    assertThat(blanked.chars().filter(c -> c == '?').count()).isEqualTo(1);
    assertThat(blanked).doesNotContain(";").contains("select").contains("where a = ?");
  }

  @Test
  void postgresJsonOperatorsAreCodeNotMySqlComments() {
    String sql = "select doc #> '{a}' from t where id = ?";
    assertThat(SqlText.blankLiterals(sql)).contains("#>").endsWith("id = ?");
  }

  @Test
  void unterminatedLiteralsAndNullNeverThrow() {
    assertThat(SqlText.blankLiterals("select 'open ? ;")).doesNotContain("?");
    assertThat(SqlText.codeMask(null)).isEmpty();
    assertThat(SqlText.blankLiterals(null)).isEmpty();
  }
}
