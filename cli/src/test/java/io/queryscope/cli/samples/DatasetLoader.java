package io.queryscope.cli.samples;

import io.queryscope.core.sql.StatementSplitter;
import io.queryscope.demo.DatabaseKind;
import io.queryscope.fixtures.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Executes a dataset script into a test database through JDBC: the statements the script would run
 * itself to pick its own database (psql meta-commands, {@code CREATE/DROP DATABASE}, {@code USE})
 * are dropped, so everything lands in the test database; the rest runs as one batch, then the
 * tables are analyzed.
 */
final class DatasetLoader {

  /** What one load did. */
  record Loaded(int statements, int skipped, List<String> tables, long millis) {}

  /** A script's statements to run, and how many were left out as picking its own database. */
  record Script(List<String> statements, int skipped) {}

  private static final Pattern OWN_DATABASE =
      Pattern.compile("(?is)^(create|drop)\\s+database\\b.*|^use\\s+.*");

  private DatasetLoader() {}

  static Loaded load(TestDatabase db, Path script) throws IOException, SQLException {
    long start = System.nanoTime();
    Script parsed = parse(Files.readString(script, StandardCharsets.UTF_8));
    List<String> statements = parsed.statements();
    int skipped = parsed.skipped();
    List<String> tables;
    try (Connection c = db.connection()) {
      boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
      keepOutOfStatementStatistics(c, postgres);
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String sql : statements) {
          st.addBatch(sql);
        }
        st.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      tables = tables(c, db);
      try (Statement st = c.createStatement()) {
        if (postgres) {
          st.execute("analyze");
        } else {
          st.execute(
              "analyze table "
                  + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()));
        }
      }
    }
    return new Loaded(statements.size(), skipped, tables, (System.nanoTime() - start) / 1_000_000);
  }

  /** Splits {@code script} and leaves out what would pick or create its own database. */
  static Script parse(String script) {
    List<String> statements = new ArrayList<>();
    int skipped = 0;
    for (String s : StatementSplitter.split(script)) {
      String sql = withoutLeadingComments(s);
      if (sql.startsWith("\\") || OWN_DATABASE.matcher(sql).matches()) {
        skipped++;
      } else if (!sql.isEmpty()) {
        statements.add(sql);
      }
    }
    return new Script(statements, skipped);
  }

  /**
   * The load is not the application: keep its statements out of {@code pg_stat_statements}, as a
   * user would by resetting statistics after a restore (a reset is server-wide, so not here).
   */
  private static void keepOutOfStatementStatistics(Connection c, boolean postgres)
      throws SQLException {
    if (!postgres) {
      return;
    }
    try (Statement st = c.createStatement()) {
      st.execute("set pg_stat_statements.track = 'none'");
    } catch (SQLException notSuperuser) {
      // Only a superuser may change it; the load then shows in the statistics.
    }
  }

  private static List<String> tables(Connection c, TestDatabase db) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
    try (ResultSet rs =
        postgres
            ? meta.getTables(null, "public", "%", new String[] {"TABLE"})
            : meta.getTables(db.databaseName(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    return tables;
  }

  /** The statement without the comment lines the splitter leaves in front of it. */
  static String withoutLeadingComments(String statement) {
    String s = statement.strip();
    while (true) {
      if (s.startsWith("--")) {
        int eol = s.indexOf('\n');
        s = eol < 0 ? "" : s.substring(eol + 1).strip();
      } else if (s.startsWith("/*")) {
        int end = s.indexOf("*/");
        s = end < 0 ? "" : s.substring(end + 2).strip();
      } else {
        return s;
      }
    }
  }
}
