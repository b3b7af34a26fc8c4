package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end through {@code Main} on MariaDB: {@code explain --analyze} of a GET_LOCK refuses to
 * run it, the note names the function, and another connection finds the lock free; a plain SELECT
 * still runs.
 */
@MySqlTest
class AnalyzeGateMariaDbTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

  @Test
  void explainAnalyzeRefusesGetLockAndRunsAPlainSelect() throws Exception {
    DB.get().execute("create table analyze_cli_t (id int primary key)");
    Cli.Result refused = explain("select get_lock('analyze_cli_lock', 0)");
    Cli.Result plain = explain("select count(*), max(id) from analyze_cli_t");

    assertThat(refused.exit()).as(refused.toString()).isZero();
    assertThat(AnalyzeRuns.notes(refused))
        .anyMatch(n -> n.contains("ANALYZE skipped") && n.contains("get_lock()"));
    try (Connection other = DB.connection();
        Statement st = other.createStatement();
        ResultSet rs = st.executeQuery("select is_free_lock('analyze_cli_lock')")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the lock is free").isEqualTo(1);
    }
    assertThat(plain.exit()).as(plain.toString()).isZero();
    assertThat(AnalyzeRuns.notes(plain)).noneMatch(n -> n.contains("ANALYZE skipped"));
    assertThat(plan(plain).path("analyzed").asBoolean()).as("the plain SELECT ran").isTrue();
    assertThat(plan(refused).path("analyzed").asBoolean()).as("GET_LOCK ran").isFalse();
  }

  private static Cli.Result explain(String sql) {
    return AnalyzeRuns.run(DB, "explain", sql);
  }

  private static JsonNode plan(Cli.Result r) throws Exception {
    return new ObjectMapper().readTree(r.out()).path("plans").elements().next();
  }
}
