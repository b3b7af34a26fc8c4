package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements run on the server land on the same fingerprint as the SQL the application sent (what
 * the proxy fingerprints), read back from performance_schema digests.
 */
@MySqlTest
class MySqlWorkloadTest {

  /** What an application sends, literally or as a prepared statement with binds. */
  private static final List<String> APPLICATION_SQL =
      List.of(
          "select * from orders where customer_id = 42 and status in ('paid', 'shipped')",
          "SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 7",
          "select * from orders where id = -1",
          "select id from orders order by id limit 10, 5",
          "select count(*) from orders where created_at >= '2024-01-02' and note is null",
          "select c.country, count(*) from customers c where exists (select 1 from orders o where"
              + " o.customer_id = c.id and o.status = 'failed') group by c.country");

  private static final String PREPARED = "select * from customers where email = ? and country = ?";

  @BeforeAll
  static void run(TestDatabase db) throws Exception {
    db.assumeStatementStatistics();
    MySqlTestSchema.load(db);
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      for (int round = 0; round < 3; round++) {
        for (String sql : APPLICATION_SQL) {
          try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
              // drain
            }
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(PREPARED)) {
        for (int i = 1; i <= 4; i++) {
          ps.setString(1, "c" + i + "@example.com");
          ps.setString(2, "DE");
          ps.executeQuery().close();
        }
      }
      st.execute("create table audit (id int primary key, what varchar(20))");
      st.executeUpdate("insert into audit (id, what) values (1, 'a'), (2, 'b'), (3, 'c')");
    }
  }

  private static Workload workload(Connection c) {
    try (MySqlSession session = MySqlSession.open(c, SessionOptions.DEFAULTS)) {
      return session.readWorkload();
    }
  }

  @Test
  void everyStatementLandsOnTheProxysFingerprint(TestDatabase db) throws Exception {
    Workload workload;
    try (Connection c = db.connection()) {
      workload = workload(c);
    }
    if (workload.notes().stream().anyMatch(n -> n.contains("is full"))) {
      // A shared server's digest table fills up (every test database is a new schema); the
      // reader must say so, and this test cannot check the figures.
      assertThat(workload.notes()).anyMatch(n -> n.contains("performance_schema_digests_size"));
      abort("the server's digest table is full, new digests are lost: " + workload.notes());
    }
    assertThat(workload.notes()).isEmpty();
    for (String sql : APPLICATION_SQL) {
      StatementStats s =
          workload
              .byFingerprint(Fingerprinter.fingerprint(sql).id())
              .orElseThrow(
                  () -> new AssertionError("no digest mapped to: " + sql + "\n" + workload));
      assertThat(s.calls()).as(sql).isEqualTo(3);
      assertThat(s.source()).isEqualTo(WorkloadSource.PERFORMANCE_SCHEMA);
      assertThat(s.serverQueryId()).matches("[0-9a-f,]+");
      assertThat(s.totalMs()).isGreaterThan(0);
      assertThat(s.maxMs()).isLessThanOrEqualTo(s.totalMs());
      assertThat(s.counters())
          .containsKeys("no_index_used", "created_tmp_disk_tables", "sort_merge_passes");
    }
    StatementStats prepared =
        workload.byFingerprint(Fingerprinter.fingerprint(PREPARED).id()).orElseThrow();
    assertThat(prepared.calls()).isEqualTo(4);
    assertThat(
            workload.byFingerprint(
                Fingerprinter.fingerprint("insert into audit (id, what) values (?, ?)").id()))
        .isPresent();
    StatementStats noIndex =
        workload
            .byFingerprint(Fingerprinter.fingerprint(APPLICATION_SQL.get(4)).id())
            .orElseThrow();
    assertThat(noIndex.counter("no_index_used")).isEqualTo(3);
    assertThat(noIndex.rowsExamined()).isEqualTo(3 * 20_000);
    assertThat(workload.since()).isBefore(Instant.now().plusSeconds(60));
    assertThat(workload.statements())
        .noneMatch(
            s ->
                s.normalizedSql().startsWith("explain")
                    || s.normalizedSql().contains("information_schema"));
  }

  @Test
  void anAccountWithoutTheGrantGetsTheGrantLineAndTheRestStillWorks(TestDatabase db)
      throws Exception {
    String user = "qs_nops_" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    String password = "pw_" + user;
    try (Connection admin = db.connection();
        Statement st = admin.createStatement()) {
      st.execute("create user '" + user + "'@'%' identified by '" + password + "'");
      try {
        st.execute("grant select on " + db.databaseName() + ".* to '" + user + "'@'%'");
        try (Connection limited = DriverManager.getConnection(db.jdbcUrl(), user, password);
            MySqlSession session = MySqlSession.open(limited, SessionOptions.DEFAULTS)) {
          Workload workload = session.readWorkload();
          assertThat(workload.statements()).isEmpty();
          assertThat(workload.notes())
              .singleElement()
              .asString()
              .contains("GRANT SELECT ON performance_schema.* TO '" + user + "'@'%';");
          assertThat(session.readCatalog().table("orders")).isPresent();
        }
      } finally {
        st.execute("drop user '" + user + "'@'%'");
      }
    }
  }
}
