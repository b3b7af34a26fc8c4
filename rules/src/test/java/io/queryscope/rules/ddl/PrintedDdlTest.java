package io.queryscope.rules.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedDdlTest {

  @Test
  void theLeadingWordsAreOnePhraseNotAlternatives() {
    assertThat(PrintedDdl.render(() -> "DROP INDEX i ON t", "DROP", "INDEX"))
        .isEqualTo("DROP INDEX i ON t");
    // Same first word, another statement: refused, not printed.
    assertThat(PrintedDdl.render(() -> "DROP TABLE victim", "DROP", "INDEX")).isNull();
    assertThat(PrintedDdl.render(() -> "INDEX victim", "DROP", "INDEX")).isNull();
    assertThat(PrintedDdl.render(() -> "CREATE TABLE t2 (a int)", "CREATE", "INDEX")).isNull();
  }

  @Test
  void theBackstopPassesIndexStatementsOnly() {
    assertThat(PrintedDdl.safe("CREATE INDEX i ON t (a)")).isTrue();
    assertThat(PrintedDdl.safe("CREATE UNIQUE INDEX i ON t (a)")).isTrue();
    assertThat(PrintedDdl.safe("DROP INDEX CONCURRENTLY public.i")).isTrue();
    assertThat(PrintedDdl.safe("ALTER TABLE t ALTER INDEX i INVISIBLE")).isTrue();
    assertThat(PrintedDdl.safe("DROP TABLE victim")).isFalse();
    assertThat(PrintedDdl.safe("CREATE TABLE victim2 (a int)")).isFalse();
    assertThat(PrintedDdl.safe("CREATE INDEX i ON t (a); DROP TABLE victim")).isFalse();
  }
}
