package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionControlTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "begin | BEGIN",
        "BEGIN WORK; | BEGIN",
        "  begin transaction isolation level serializable | BEGIN",
        "begin read only | BEGIN",
        "START TRANSACTION | BEGIN",
        "start transaction with consistent snapshot | BEGIN",
        "commit | END",
        "COMMIT WORK | END",
        "end | END",
        "end transaction | END",
        "rollback | END",
        "ABORT | END",
        "rollback and no chain | END",
        "prepare transaction 'tx-1' | END",
        "commit and chain | CHAIN",
        "ROLLBACK WORK AND CHAIN | CHAIN",
        "set autocommit = 0 | AUTOCOMMIT_OFF",
        "SET autocommit=OFF | AUTOCOMMIT_OFF",
        "set session autocommit = 1 | AUTOCOMMIT_ON",
        "set @@autocommit := 1 | AUTOCOMMIT_ON",
        // Not transaction control, however close the words.
        "rollback to savepoint sp1 | NONE",
        "commit prepared 'tx-1' | NONE",
        "begin not atomic select 1; end | NONE",
        "begin; insert into t values (1); commit | NONE",
        "select 'begin' | NONE",
        "/* begin */ select 1 | NONE",
        "select begin from t | NONE",
        "set autocommit = @x | NONE",
        "update accounts set commit = 1 | NONE",
      })
  void readsWhatTheTextDoesToTheTransaction(String sql, TransactionControl expected) {
    assertThat(TransactionControl.of(sql)).isEqualTo(expected);
  }

  @Test
  void commentsBeforeTheVerbDoNotHideIt() {
    assertThat(TransactionControl.of("/* app=shop */ commit")).isEqualTo(TransactionControl.END);
    assertThat(TransactionControl.of("-- tx\nbegin")).isEqualTo(TransactionControl.BEGIN);
  }
}
