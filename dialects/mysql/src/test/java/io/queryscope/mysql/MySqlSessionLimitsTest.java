package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The session's limits are really in force, and the caller gets its own settings back. */
@MySqlTest
class MySqlSessionLimitsTest {

  @Test
  void aStatementOverTheTimeLimitIsStoppedWithATimeoutError(TestDatabase db) throws Exception {
    try (Connection c = db.connection()) {
      SessionOptions tight =
          new SessionOptions(Duration.ofSeconds(1), Duration.ofSeconds(1), false);
      try (MySqlSession session = MySqlSession.open(c, tight)) {
        // Not SLEEP: --analyze refuses to run that at all now; this does its work until stopped.
        String slow =
            "select count(*) from information_schema.collations a, information_schema.collations"
                + " b, information_schema.collations c where a.id + b.id + c.id > 0";
        assertThatThrownBy(() -> session.explain(slow, ExplainOptions.ANALYZE))
            .isInstanceOf(QueryScopeException.class)
            .satisfies(
                e -> assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.TIMEOUT))
            .hasMessageContaining("time or lock limit");
      }
    }
  }

  @Test
  void settingsAreAppliedAndRestored(TestDatabase db) throws Exception {
    try (Connection c = db.connection()) {
      String lockBefore = value(c, "select @@session.lock_wait_timeout");
      try (MySqlSession session = MySqlSession.open(c, SessionOptions.DEFAULTS)) {
        assertThat(value(c, "select @@session.lock_wait_timeout")).isEqualTo("2");
        assertThat(value(c, "select @@session.innodb_lock_wait_timeout")).isEqualTo("2");
        String variable =
            session.target().dialect().id().equals("mariadb")
                ? "max_statement_time"
                : "max_execution_time";
        assertThat(Double.parseDouble(value(c, "select @@session." + variable))).isPositive();
      }
      assertThat(value(c, "select @@session.lock_wait_timeout")).isEqualTo(lockBefore);
      try (Statement st = c.createStatement()) {
        st.execute("create table after_close (id int)");
        assertThat(st.executeUpdate("insert into after_close values (1)")).isEqualTo(1);
      }
    }
  }

  @Test
  void aWriteIsNeverPlannedOnAConnectionWithAnOpenTransaction(TestDatabase db) throws Exception {
    try (Connection c = db.connection()) {
      try (Statement st = c.createStatement()) {
        st.execute("create table pending (id int primary key)");
      }
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.executeUpdate("insert into pending values (1)");
      }
      try (MySqlSession session = MySqlSession.open(c, SessionOptions.DEFAULTS)) {
        assertThatThrownBy(
                () -> session.explain("delete from pending where id = 1", ExplainOptions.ESTIMATE))
            .isInstanceOf(QueryScopeException.class)
            .hasMessageContaining("autocommit off");
      }
      c.rollback();
      assertThat(value(c, "select count(*) from pending")).isEqualTo("0");
    }
  }

  private static String value(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
