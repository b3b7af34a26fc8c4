package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end through {@code Main}: {@code explain --analyze} and {@code analyze --analyze} on a
 * view over {@code pg_terminate_backend} refuse to run it, say so in the report's notes naming the
 * function and the view, and the session it targets is still alive afterwards.
 */
@PostgresTest
class AnalyzeGatePostgresTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

  private static final String TERMINATING =
      "create or replace view analyze_v_term as select pg_terminate_backend(pid) as killed from"
          + " pg_stat_activity where application_name = 'analyze_cli_victim'";

  @Test
  void explainAnalyzeRefusesTheViewAndTheNoteNamesIt() throws Exception {
    DB.get().execute(TERMINATING);
    try (Connection victim = victim()) {
      Cli.Result r = AnalyzeRuns.run(DB, "explain", "select * from analyze_v_term");

      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(AnalyzeRuns.notes(r)).anyMatch(n -> n.contains("pg_terminate_backend()"));
      assertThat(AnalyzeRuns.notes(r)).anyMatch(n -> n.contains("public.analyze_v_term"));
      assertAlive(victim);
    }
  }

  @Test
  void analyzeWithAnalyzeRefusesAStatementFromPgStatStatements() throws Exception {
    DB.get().assumeStatementStatistics();
    // The application ran the statement while the view was harmless; then it changed.
    DB.get()
        .execute(
            "create or replace view analyze_v_term as select false as killed from"
                + " pg_stat_activity where application_name = 'analyze_cli_victim'");
    try (Connection c = DB.connection();
        Statement st = c.createStatement()) {
      for (int i = 0; i < 5; i++) {
        st.executeQuery("select * from analyze_v_term").close();
      }
    }
    DB.get().execute(TERMINATING);
    try (Connection victim = victim()) {
      Cli.Result r = AnalyzeRuns.run(DB, "analyze", "--quiet", "--top", "50");

      assertThat(r.exit()).as(r.toString()).isIn(0, 1);
      assertThat(AnalyzeRuns.notes(r))
          .as(r.out())
          .anyMatch(n -> n.contains("ANALYZE skipped") && n.contains("pg_terminate_backend()"));
      assertAlive(victim);
    }
  }

  private static Connection victim() throws SQLException {
    Connection c = DB.connection();
    try (Statement st = c.createStatement()) {
      st.execute("set application_name = 'analyze_cli_victim'");
    }
    return c;
  }

  private static void assertAlive(Connection victim) throws SQLException {
    try (Statement st = victim.createStatement();
        ResultSet rs = st.executeQuery("select current_setting('application_name')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("analyze_cli_victim");
    }
  }
}
