package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.fixtures.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code analyze --log}: the embedded PostgreSQL's auto_explain log, read with no database. */
@PostgresTest
class AnalyzeLogTest {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.02);

  private static final String ALIAS = "analyze_log_test_count";
  private static final String OWN_STATEMENT =
      "select count(*) as " + ALIAS + " from orders where status = 'pending' and total > ";

  @Test
  void readsAutoExplainPlansOffline() throws Exception {
    Optional<Path> dir = TestDatabases.postgresLogDirectory();
    assumeTrue(dir.isPresent(), "QUERYSCOPE_PG_URL names a server whose log is not readable here");
    try (Connection c = DB.connection();
        Statement s = c.createStatement()) {
      s.execute("set auto_explain.log_min_duration = 0");
      s.execute("set auto_explain.log_analyze = on");
      for (int i = 0; i < 3; i++) {
        try (ResultSet rs = s.executeQuery(OWN_STATEMENT + i)) {
          rs.next();
        }
      }
    }
    Path log = dir.get().resolve("postgresql.json");
    // The server's logging collector writes in its own time: wait (bounded) for this test's plans,
    // so the assertions below are about them and not about whatever other tests logged.
    long deadline = System.nanoTime() + 15_000_000_000L;
    while (!(Files.exists(log) && Files.readString(log).contains(ALIAS))
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(log).exists();
    assertThat(Files.readString(log))
        .as("this test's statements in the server log")
        .contains(ALIAS);
    Cli.Result r =
        Cli.run("analyze", "--log", log.toString(), "--dialect", "postgresql", "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    assertThat(json.path("summary").path("statements").asLong()).isPositive();
    String own = String.format("%016x", Fingerprinter.fingerprint(OWN_STATEMENT + 0).id());
    assertThat(json.path("plans").has(own))
        .as("a plan for this test's statement (%s) among %s", own, json.path("plans").size())
        .isTrue();
  }

  @Test
  void logWithoutUrlNeedsADialect() throws Exception {
    Path log = Files.createTempFile("qs", ".log");
    Cli.Result r = Cli.run("analyze", "--log", log.toString());
    Files.delete(log);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--log without --url needs --dialect");
  }
}
