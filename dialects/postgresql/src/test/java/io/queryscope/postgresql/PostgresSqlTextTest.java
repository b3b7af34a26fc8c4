package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSqlTextTest {

  @Test
  void numbersJdbcPlaceholdersAndLeavesLiteralsAlone() {
    PostgresSqlText.Parameterized p =
        PostgresSqlText.of("select '?' as q, x from t where a = ? and b = ? -- ?\n and c = '?';")
            .parameterized();
    assertThat(p.sql())
        .isEqualTo("select '?' as q, x from t where a = $1 and b = $2 -- ?\n and c = '?'");
    assertThat(p.parameterCount()).isEqualTo(2);
  }

  @Test
  void readsFingerprintListsAsOnePlaceholderAndContinuesAfterDollarNumbers() {
    PostgresSqlText.Parameterized p =
        PostgresSqlText.of("select * from t where id in (...) and b = $1 and c = ?")
            .parameterized();
    assertThat(p.sql()).isEqualTo("select * from t where id in ($2) and b = $1 and c = $3");
    assertThat(p.parameterCount()).isEqualTo(3);
  }

  @Test
  void keepsJsonbOperatorsAndDollarQuotedBodies() {
    PostgresSqlText.Parameterized p =
        PostgresSqlText.of("select d ?| array['a'], $$ ? $$ from t where k = ?").parameterized();
    assertThat(p.sql()).isEqualTo("select d ?| array['a'], $$ ? $$ from t where k = $1");
  }

  @Test
  void aPlaceholderConcatenatedWithPipesIsStillAPlaceholder() {
    PostgresSqlText.Parameterized p =
        PostgresSqlText.of("select * from t where name like ?||'%' and id = ? and d ?? 'k'")
            .parameterized();
    assertThat(p.sql())
        .isEqualTo("select * from t where name like $1||'%' and id = $2 and d ?? 'k'");
    assertThat(p.parameterCount()).isEqualTo(2);
  }

  @Test
  void countsStatementsAtTopLevelOnly() {
    assertThat(PostgresSqlText.of("select ';'; ").statementCount()).isEqualTo(1);
    assertThat(PostgresSqlText.of("select 1; drop table t").statementCount()).isEqualTo(2);
    assertThat(PostgresSqlText.of(" -- nothing\n").statementCount()).isZero();
  }

  @Test
  void findsCalledFunctionsButNotKeywords() {
    assertThat(
            PostgresSqlText.of("select nextval('s'), count(*) from t where x in (select 1)")
                .calledFunctions())
        .containsExactly("nextval", "count");
  }
}
