package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.fixtures.TestDatabases;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PostgresWorkloadTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.01);

  @Test
  void serverStatisticsLandOnTheProxysFingerprints() throws SQLException {
    db.get().assumeStatementStatistics();
    try (Connection app = db.connection()) {
      // What an application does through JDBC: pgjdbc sends "$1", the proxy records "?".
      try (PreparedStatement ps =
          app.prepareStatement("select * from orders where customer_id = ?")) {
        for (int id = 1; id <= 5; id++) {
          ps.setLong(1, id);
          ps.executeQuery().close();
        }
      }
      try (Statement st = app.createStatement()) {
        st.executeQuery("select id, total from orders where id in (1, 2, 3)").close();
        st.executeQuery("SELECT name FROM products WHERE id = 42").close();
      }
    }
    Workload workload = readWorkload(db.get());

    StatementStats byCustomer =
        workload
            .byFingerprint(
                Fingerprinter.fingerprint("select * from orders where customer_id = ?").id())
            .orElseThrow(() -> new AssertionError("not found in " + workload.statements()));
    assertThat(byCustomer.calls()).isGreaterThanOrEqualTo(5);
    assertThat(byCustomer.source()).isEqualTo(WorkloadSource.PG_STAT_STATEMENTS);
    assertThat(byCustomer.totalMs()).isPositive();
    assertThat(byCustomer.serverQueryId()).isNotBlank();
    assertThat(byCustomer.counter("shared_blks_hit")).isGreaterThanOrEqualTo(0);
    assertThat(byCustomer.rows()).isGreaterThan(0);

    long inList = Fingerprinter.fingerprint("select id, total from orders where id in (?, ?)").id();
    assertThat(workload.byFingerprint(inList)).isPresent();
    long literal = Fingerprinter.fingerprint("select name from products where id = ?").id();
    assertThat(workload.byFingerprint(literal)).isPresent();

    // The analyzer's own reads are left out.
    assertThat(workload.statements()).noneMatch(s -> s.normalizedSql().contains("s.dbid"));
    assertThat(workload.notes()).isEmpty();
    if (db.get().serverMajorVersion() >= 14) {
      assertThat(workload.since()).isNotNull();
    }
  }

  @Test
  void aDatabaseWithoutTheExtensionGetsANoteNamingTheFix() throws SQLException {
    try (TestDatabase bare = TestDatabases.postgres()) {
      try (Connection c = bare.connection();
          Statement st = c.createStatement()) {
        st.execute("drop extension pg_stat_statements");
      }
      Workload workload = readWorkload(bare);
      assertThat(workload.statements()).isEmpty();
      assertThat(workload.notes())
          .singleElement()
          .asString()
          .contains("CREATE EXTENSION pg_stat_statements;")
          .contains(bare.databaseName());
    }
  }

  /**
   * A server whose configuration never loaded the library: the extension can still be created, but
   * its view fails. A server of its own (the shared one preloads), so no restart is needed.
   */
  @Test
  void aServerWithoutThePreloadIsToldToLoadItAndRestart() throws Exception {
    try (EmbeddedPostgres bare =
            EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
        Connection c = bare.getPostgresDatabase().getConnection()) {
      try (Statement st = c.createStatement()) {
        st.execute("create extension if not exists pg_stat_statements");
      }
      Workload workload;
      try (DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
        workload = session.readWorkload();
      }
      assertThat(workload.statements()).isEmpty();
      assertThat(workload.notes())
          .singleElement()
          .asString()
          .contains("pg_stat_statements is not loaded")
          .contains("shared_preload_libraries = 'pg_stat_statements'")
          .contains("restart PostgreSQL");
    }
  }

  @Test
  void aUserWithoutPgReadAllStatsIsToldWhatToGrant() throws SQLException {
    db.get().assumeStatementStatistics();
    String role = "qs_role_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection admin = db.connection();
        Statement st = admin.createStatement()) {
      st.execute("create role " + role + " login");
    }
    try {
      Properties props = new Properties();
      props.setProperty("user", role);
      props.setProperty("password", "");
      Workload workload;
      try (Connection limited = DriverManager.getConnection(db.jdbcUrl(), props);
          DialectSession session = new PostgresDialect().open(limited, SessionOptions.DEFAULTS)) {
        workload = session.readWorkload();
      }
      assertThat(workload.notes())
          .anyMatch(n -> n.contains("GRANT pg_read_all_stats TO " + role + ";"));
    } finally {
      try (Connection admin = db.connection();
          Statement st = admin.createStatement()) {
        st.execute("drop role " + role);
      }
    }
  }

  private static Workload readWorkload(TestDatabase database) throws SQLException {
    try (Connection c = database.connection();
        DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
      return session.readWorkload();
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
