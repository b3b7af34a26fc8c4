package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsInMessagesTest {

  private static final String SQL = "select * from people where emial = 'alice@example.org'";

  @Test
  void aMessageQuotingTheStatementShowsItWithoutValues() {
    assertThat(LiteralsInMessages.hide("could not explain " + SQL + ": Unknown column", SQL))
        .isEqualTo("could not explain select * from people where emial = ?: Unknown column");
  }

  @Test
  void postgresQuotesTheValueItCouldNotRead() {
    String sql = "select * from t where id = 'alice@example.org' and n = 123456";
    assertThat(
            LiteralsInMessages.hide(
                "ERROR: invalid input syntax for type integer: \"alice@example.org\"\n"
                    + "  Detail: Key (n)=(123456) already exists.\n"
                    + "  Position: 27",
                sql))
        .isEqualTo(
            "ERROR: invalid input syntax for type integer: \"?\"\n"
                + "  Detail: Key (n)=(?) already exists.\n"
                + "  Position: 27");
  }

  @Test
  void mysqlNearShowsTheFragmentInFingerprintForm() {
    String sql = "select * from t wher email = 'alice@example.org'";
    assertThat(
            LiteralsInMessages.hide(
                "You have an error in your SQL syntax; check the manual … to use near"
                    + " 'email = 'alice@example.org'' at line 1",
                sql))
        .isEqualTo(
            "You have an error in your SQL syntax; check the manual … to use near 'email = ?' at"
                + " line 1");
  }

  @Test
  void anUnterminatedLiteralIsHiddenToo() {
    String sql = "select 1 where email = 'alice@example.org";
    assertThat(
            LiteralsInMessages.hide(
                "Unterminated string literal started at position 82 in SQL EXPLAIN " + sql, sql))
        .doesNotContain("alice@example.org")
        .contains("position 82");
  }

  @Test
  void namesAndShortNumbersStay() {
    String sql = "select \"emial\" from t where x = 1 and y = 'ab'";
    assertThat(LiteralsInMessages.hide("column \"emial\" does not exist at line 1 (ab, abc)", sql))
        .isEqualTo("column \"emial\" does not exist at line 1 (?, abc)");
    assertThat(LiteralsInMessages.hide(null, sql)).isNull();
    assertThat(LiteralsInMessages.hide("m", null)).isEqualTo("m");
  }
}
