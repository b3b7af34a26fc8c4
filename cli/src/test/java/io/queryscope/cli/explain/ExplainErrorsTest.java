package io.queryscope.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failing explain on the machine's PostgreSQL and MariaDB: the statement's values stay out of the
 * error unless --show-literals, and input EXPLAIN cannot take is a usage error (exit 2) named in
 * one line before anything reaches the server.
 */
@Tag("postgres")
@Tag("mysql")
class ExplainErrorsTest {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String MY = "jdbc:mysql://127.0.0.1:3306/test?user=root";
  private static final String TABLE = "secrets_explain_people";
  private static final String VALUE = "alice@example.org";

  @TempDir static Path dir;

  @BeforeAll
  static void table() throws Exception {
    for (String url : List.of(PG, MY)) {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("create table if not exists " + TABLE + " (id int, email varchar(100))");
      }
    }
  }

  @AfterAll
  static void drop() throws Exception {
    for (String url : List.of(PG, MY)) {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("drop table if exists " + TABLE);
      }
    }
  }

  /** Statements the servers refuse, each quoting the value somewhere in their own error. */
  private static List<String> failing(boolean postgres) {
    List<String> all = new ArrayList<>();
    all.add("select * from " + TABLE + " where emial = '" + VALUE + "'");
    all.add("select * from " + TABLE + " wher email = '" + VALUE + "'");
    if (postgres) {
      all.add("select * from " + TABLE + " where id = '" + VALUE + "'");
    }
    return all;
  }

  @ParameterizedTest(name = "postgres={0}")
  @ValueSource(booleans = {true, false})
  void aFailingExplainDoesNotEchoTheStatementsValues(boolean postgres) {
    String url = postgres ? PG : MY;
    for (String sql : failing(postgres)) {
      for (boolean verbose : new boolean[] {false, true}) {
        List<String> args = new ArrayList<>(List.of("explain", "--url", url, sql));
        if (verbose) {
          args.add("--verbose");
        }
        Cli.Result hidden = Cli.run(args.toArray(String[]::new));
        assertThat(hidden.exit()).as(hidden.toString()).isEqualTo(3);
        assertThat(hidden.out() + hidden.err()).as(hidden.toString()).doesNotContain(VALUE);
        assertThat(hidden.err().lines())
            .as(hidden.toString())
            .filteredOn(l -> l.startsWith("queryscope: could not explain"))
            .hasSize(1);
      }
      Cli.Result shown = Cli.run("explain", "--url", url, sql, "--show-literals", "--verbose");
      assertThat(shown.exit()).as(shown.toString()).isEqualTo(3);
      // MariaDB's error quotes the statement; PostgreSQL's only the value it could not read.
      if (!postgres || sql.contains("where id =")) {
        assertThat(shown.err()).as(shown.toString()).contains(VALUE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "select * from t where email = 'alice@example.org",
        "select 1 /* never closed",
        "call secrets_proc()",
        "COPY t TO STDOUT",
        "vacuum t",
        "NUL",
      })
  void inputExplainCannotTakeIsAUsageErrorOfOneLine(String sql) throws Exception {
    String statement = sql.equals("NUL") ? "select 1\0 from t" : sql;
    Path file = Files.writeString(dir.resolve("statement.sql"), statement);
    for (String url : List.of(PG, MY)) {
      Cli.Result r = Cli.run("explain", "--url", url, "--file", file.toString());
      assertThat(r.exit()).as(r.toString()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.toString()).hasSize(1);
      assertThat(r.err())
          .containsAnyOf("malformed", "cannot be explained", "NUL byte")
          .doesNotContain(VALUE)
          .doesNotContain("Exception");
    }
  }
}
