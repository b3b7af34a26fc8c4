package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.fixtures.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Re-records the auto_explain log samples from the embedded PostgreSQL's stderr, csvlog and jsonlog
 * files ({@code -Dfixtures.update=true}): one session with auto_explain and
 * log_min_duration_statement on, whose lines are cut out of the shared log by process id.
 */
@PostgresTest
@EnabledIfSystemProperty(named = "fixtures.update", matches = "true")
class AutoExplainLogRecorderTest {

  static final String END_MARK = "queryscope-log-sample-end";

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.01);

  @Test
  void recordsLogSamples() throws Exception {
    Path logs = TestDatabases.postgresLogDirectory().orElse(null);
    assumeTrue(logs != null, "log samples come from the embedded PostgreSQL only");
    int pid;
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      pid = pid(st);
      st.execute("set auto_explain.log_min_duration = 0");
      st.execute("set auto_explain.log_analyze = on");
      st.execute("set auto_explain.log_buffers = on");
      st.execute("set log_min_duration_statement = 0");
      try (PreparedStatement ps =
          c.prepareStatement("select * from orders where customer_id = ? order by created_at")) {
        for (int id = 1; id <= 3; id++) {
          ps.setLong(1, id);
          ps.executeQuery().close();
        }
      }
      st.executeQuery("select count(*) from customers where email = 'nobody@example.com'").close();
      st.executeQuery(
              "select c.country, count(*) from orders o join customers c on c.id ="
                  + " o.customer_id group by c.country")
          .close();
      st.executeQuery("select '" + END_MARK + "'").close();
    }
    Path target = PostgresFixtureFiles.root().resolve(db.get().serverMajorVersion() + "/logs");
    Files.createDirectories(target);
    String prefix = "[" + pid + "]";
    write(
        target.resolve("auto_explain.log"),
        cut(logs.resolve("postgresql.log"), DATED, l -> l.contains(prefix)));
    write(
        target.resolve("auto_explain.csv"),
        cut(
            logs.resolve("postgresql.csv"),
            DATED,
            l -> l.split(",", 5).length > 4 && l.split(",", 5)[3].equals(String.valueOf(pid))));
    write(
        target.resolve("auto_explain.json"),
        cut(logs.resolve("postgresql.json"), JSON_LINE, l -> l.contains("\"pid\":" + pid + ",")));
  }

  /** stderr and csvlog records start with the timestamp; their continuation lines do not. */
  private static final Pattern DATED = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d ");

  private static final Pattern JSON_LINE = Pattern.compile("^\\{");

  /** The records (a first line plus its continuation lines) whose first line matches. */
  private static List<String> cut(
      Path file, Pattern recordStart, java.util.function.Predicate<String> ours)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      boolean keep = false;
      for (String line : lines) {
        if (recordStart.matcher(line).find()) {
          keep = ours.test(line);
        }
        if (keep) {
          out.add(line);
        }
      }
      if (out.stream().anyMatch(l -> l.contains(END_MARK))) {
        return out;
      }
      Thread.sleep(100); // the logging collector writes asynchronously
    }
    throw new AssertionError("the session's log lines never reached " + file);
  }

  private static void write(Path file, List<String> lines) throws IOException {
    assertThat(lines).isNotEmpty();
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static int pid(Statement st) throws SQLException {
    try (ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
