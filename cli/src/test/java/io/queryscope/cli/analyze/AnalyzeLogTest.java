package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
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

  @Test
  void readsAutoExplainPlansOffline() throws Exception {
    Optional<Path> dir = TestDatabases.postgresLogDirectory();
    assumeTrue(dir.isPresent(), "QUERYSCOPE_PG_URL names a server whose log is not readable here");
    try (Connection c = DB.connection();
        Statement s = c.createStatement()) {
      s.execute("set auto_explain.log_min_duration = 0");
      s.execute("set auto_explain.log_analyze = on");
      for (int i = 0; i < 3; i++) {
        try (ResultSet rs =
            s.executeQuery(
                "select count(*) from orders where status = 'pending' and total > " + i)) {
          rs.next();
        }
      }
    }
    Path log = dir.get().resolve("postgresql.json");
    assertThat(log).exists();
    Cli.Result r =
        Cli.run("analyze", "--log", log.toString(), "--dialect", "postgresql", "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    assertThat(json.path("summary").path("statements").asLong()).isPositive();
    assertThat(json.path("plans").size()).isPositive();
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
