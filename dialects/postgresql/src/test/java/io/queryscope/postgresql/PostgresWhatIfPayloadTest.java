package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A column name is data the target's owner controls. Issue 18 saw one that made the transactional
 * what-if commit a DROP TABLE: whatever a name holds, the what-if sends one CREATE INDEX inside a
 * transaction it rolls back, or nothing.
 */
@PostgresTest
class PostgresWhatIfPayloadTest {

  private static final SessionOptions TRANSACTIONAL_ALLOWED =
      new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), true);

  private static TestDatabase db;

  // A plain column "x" as well, so that the payloads' own "(x)" is a valid index key: that is
  // how the first CREATE INDEX of the multi-statement text succeeded and the rest ran.

  @BeforeAll
  static void plantHostileNames() throws SQLException {
    db = TestDatabases.postgres();
    db.execute(
        "create table victim (id int primary key)",
        "insert into victim select g from generate_series(1, 10) g",
        "create table t_d (id int primary key, x int, \"x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim;"
            + " COMMIT; --(\" int, \"x); DROP TABLE victim; --(\" int, \"\"\"x\"\"); DROP TABLE"
            + " victim; --\" int, \"(x); DROP TABLE victim; --(\" int)",
        "insert into t_d select g, g % 13, g % 997, g % 991, g % 983, g % 977"
            + " from generate_series(1, 20000) g",
        "analyze t_d");
  }

  @AfterAll
  static void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest(name = "Pass, the what-if on column {0} leaves victim alone")
  @ValueSource(
      strings = {
        "x)); COMMIT; BEGIN READ WRITE; DROP TABLE victim; COMMIT; --(",
        "x); DROP TABLE victim; --(",
        "\"x\"); DROP TABLE victim; --",
        "(x); DROP TABLE victim; --("
      })
  void aHostileColumnNameNeverReachesTheServerAsSql(String column) throws SQLException {
    String lookup = "select * from t_d where \"" + column.replace("\"", "\"\"") + "\" = 7";
    CandidateIndex candidate = CandidateIndex.on("t_d", List.of(column));
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, TRANSACTIONAL_ALLOWED)) {
      try {
        session.whatIf(lookup, candidate, WhatIfMode.TRANSACTIONAL);
      } catch (QueryScopeException refused) {
        // Refusing to send is a safe outcome; failing in any other way is not.
        assertThat(refused.code()).isEqualTo(ErrorCode.REFUSED_STATEMENT);
      }
      assertThat(c.getAutoCommit()).as("the session's own transaction state is back").isTrue();
      assertThat(single(c, "show transaction_read_only")).isEqualTo("on");
    }
    try (Connection c = db.connection()) {
      assertThat(single(c, "select count(*) from victim")).isEqualTo("10");
      assertThat(single(c, "select count(*) from pg_indexes where tablename = 't_d'"))
          .as("only the primary key: the what-if index was rolled back")
          .isEqualTo("1");
    }
  }

  private static String single(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
