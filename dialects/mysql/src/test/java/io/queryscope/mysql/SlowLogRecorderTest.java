package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Records {@code logs/mysql/mariadb-<version>-slow.log} from the local MariaDB. Runs only with
 * {@code -Dfixtures.update=true}: the slow log's file and switch are global, so they are changed
 * for a few seconds, to a file under /tmp, and put back in a finally block; everything else is per
 * session ({@code long_query_time = 0}, {@code log_slow_verbosity}).
 */
@EnabledIfSystemProperty(named = PlanFixtures.UPDATE_FLAG, matches = "true")
@MySqlTest
class SlowLogRecorderTest {

  @Test
  void recordsAMariaDbSlowLog() throws Exception {
    Path file = Files.createTempFile("queryscope-slow-", ".log");
    Files.delete(file);
    try (TestDatabase db = TestDatabases.mysql()) {
      ShopData.create(db, 0.1);
      String version;
      try (Connection admin = db.connection();
          Statement st = admin.createStatement()) {
        String oldFile = value(st, "select @@global.slow_query_log_file");
        String oldOn = value(st, "select @@global.slow_query_log");
        version = value(st, "select version()");
        try {
          st.execute("set global slow_query_log_file = '" + file + "'");
          st.execute("set global slow_query_log = 1");
          try (Connection c = db.connection();
              Statement run = c.createStatement()) {
            run.execute("set session long_query_time = 0");
            run.execute("set session log_slow_verbosity = 'query_plan'");
            for (int round = 0; round < 3; round++) {
              for (Map.Entry<String, String> s : ShopStatements.all().entrySet()) {
                if (MySqlStatementText.kind(s.getValue()) == MySqlStatementText.Kind.SELECT) {
                  try (ResultSet rs = run.executeQuery(s.getValue())) {
                    while (rs.next()) {
                      // read the rows so Rows_sent is real
                    }
                  }
                }
              }
            }
          }
        } finally {
          st.execute("set global slow_query_log = " + oldOn);
          st.execute("set global slow_query_log_file = '" + oldFile + "'");
        }
      }
      String log = Files.readString(file).replace(db.databaseName(), "shop");
      var info = MySqlServerInfo.of(version);
      Path out =
          PlanFixtures.sourceFolder("mariadb", "x")
              .getParent()
              .getParent()
              .getParent()
              .resolve(
                  "logs/mysql/mariadb-"
                      + info.version().major()
                      + "."
                      + info.version().minor()
                      + "-slow.log");
      Files.createDirectories(out.getParent());
      Files.writeString(out, log);
      assertThat(log).contains("# Query_time:").contains("Full_scan:");
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static String value(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
