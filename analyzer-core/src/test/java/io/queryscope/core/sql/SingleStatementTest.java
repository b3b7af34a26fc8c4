package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleStatementTest {

  private static final String[] INDEX = {"CREATE INDEX", "CREATE UNIQUE INDEX"};

  @ParameterizedTest(name = "Pass, one statement: {0}")
  @ValueSource(
      strings = {
        "CREATE INDEX idx_t_a ON t (a)",
        "CREATE UNIQUE INDEX \"i\" ON \"Bar\".\"Foo\" (\"Id\");",
        "/* queryscope */ CREATE INDEX i ON t (\"x); DROP TABLE victim; --(\")",
        "CREATE INDEX i ON t (`x); DROP TABLE victim; --(`)",
        // MySQL takes no escapes in a backtick name: the backslash is a character of the name.
        "CREATE INDEX i ON t (`x\\``); DROP TABLE victim; #`)",
        "CREATE INDEX i ON t (\"a\"\"b\") WHERE note = 'a;b'",
        "create index i on t\n(a)\t;  "
      })
  void acceptsOneIndexStatementWhateverItsNamesHold(String ddl) {
    assertThat(SingleStatement.problem(ddl, INDEX)).isNull();
    assertThat(SingleStatement.isSingle(ddl, INDEX)).isTrue();
  }

  @ParameterizedTest(name = "Fail, a payload: {0}")
  @ValueSource(
      strings = {
        // The payloads of issue 18 as they were printed before names were quoted.
        "CREATE INDEX i ON t_d((x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim; COMMIT; --()",
        "CREATE INDEX i ON t_p (x); DROP TABLE victim; --()",
        "CREATE INDEX i ON t_p (\"\"x\"\"); DROP TABLE victim; --)",
        "CREATE INDEX i ON t ((x); DROP TABLE victim; --())",
        // A ';' MySQL reads as a separator where a forgiving lexer sees a comment.
        "CREATE INDEX i ON t (a) --x; DROP TABLE victim",
        "CREATE INDEX i ON t (a) # ; DROP TABLE victim",
        // A quote that is escaped under one server's rules and not under the other's.
        "CREATE INDEX i ON t (a) WHERE b = 'x\\'; DROP TABLE victim; --'",
        "CREATE INDEX i ON t (a) WHERE b = $q$; DROP TABLE victim; $q$",
        "CREATE INDEX i ON t (a) /* ; */",
        "CREATE INDEX i ON t (a) /*!50000 ; DROP TABLE victim */",
        "CREATE INDEX i ON t ('unterminated)",
        "CREATE INDEX i ON t (a)\0; DROP TABLE victim"
      })
  void refusesAnythingThatCouldBeASecondStatement(String ddl) {
    assertThat(SingleStatement.problem(ddl, INDEX)).isNotNull();
    assertThatThrownBy(() -> SingleStatement.require(ddl, INDEX))
        .isInstanceOf(QueryScopeException.class)
        .satisfies(
            e ->
                assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.REFUSED_STATEMENT))
        // The refusal never echoes the text: it may carry the payload or literals.
        .hasMessageNotContaining("victim");
  }

  @Test
  void refusesAStatementOfAnotherKind() {
    assertThat(SingleStatement.problem("DROP TABLE victim", INDEX))
        .isEqualTo(
            "it is not CREATE INDEX or CREATE UNIQUE INDEX but begins with DROP TABLE VICTIM");
    assertThat(SingleStatement.problem("/*!50000 DROP TABLE victim */ SELECT 1", "SELECT"))
        .isNotNull();
    assertThat(SingleStatement.problem("COMMIT", "SET", "SELECT")).contains("begins with COMMIT");
  }

  @Test
  void refusesEmptyText() {
    assertThat(SingleStatement.problem("  ", "SELECT")).isEqualTo("it is empty");
    assertThat(SingleStatement.problem(null, "SELECT")).isEqualTo("it is empty");
    assertThat(SingleStatement.problem("-- nothing\n", "SELECT")).isNotNull();
  }

  @Test
  void aPhraseMatchesWholeWordsOnly() {
    assertThat(SingleStatement.isSingle("SELECTED", "SELECT")).isFalse();
    assertThat(SingleStatement.isSingle("with x as (select 1) select * from x", "WITH")).isTrue();
    assertThat(SingleStatement.isSingle("EXPLAIN (FORMAT JSON) SELECT 1", "EXPLAIN")).isTrue();
    assertThat(SingleStatement.isSingle("SET TRANSACTION READ WRITE", "SET")).isTrue();
  }

  @Test
  void checkedHandsBackTheTextOnlyWhenItPasses() {
    assertThat(SingleStatement.checked("select version()", "SELECT")).isEqualTo("select version()");
    assertThatThrownBy(() -> SingleStatement.checked("select 1; select 2", "SELECT"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("more than one statement");
  }
}
