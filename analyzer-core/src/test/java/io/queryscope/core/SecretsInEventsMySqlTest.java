package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A jdbc:queryscope: URL in MySQL's properties-block form carries the password before any '?': the
 * exported events (pool and connection source names) must not.
 */
@MySqlTest
class SecretsInEventsMySqlTest {

  private static final String USER = "secrets_events_u";
  private static final String PW = "Zq9-SECRET-7";

  @BeforeAll
  static void createUser(TestDatabase db) throws SQLException {
    db.execute(
        "DROP USER IF EXISTS '" + USER + "'@'127.0.0.1'",
        "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PW + "'",
        "GRANT SELECT ON `" + db.databaseName() + "`.* TO '" + USER + "'@'127.0.0.1'");
  }

  @AfterAll
  static void dropUser(TestDatabase db) throws SQLException {
    db.execute("DROP USER IF EXISTS '" + USER + "'@'127.0.0.1'");
  }

  @Test
  void exportedEventsNeverCarryThePassword(TestDatabase db, @TempDir Path dir) throws Exception {
    String port = db.jdbcUrl().replaceFirst("^.*//[^:/]+:(\\d+).*$", "$1");
    String url =
        QueryScopeDriver.PREFIX
            + "mysql://address=(host=127.0.0.1)(port="
            + port
            + ")(user="
            + USER
            + ")(password="
            + PW
            + ")/"
            + db.databaseName();
    String marker = "select 'secrets-events-" + System.nanoTime() + "'";
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.executeQuery(marker).close();
    }
    QueryScope scope = QueryScopeDriver.scope();
    assertThat(scope.events().statements()).anySatisfy(e -> assertThat(e.sql()).isEqualTo(marker));
    assertThat(scope.events().pools())
        .anySatisfy(p -> assertThat(p.name()).contains("address=(host=127.0.0.1)"))
        .allSatisfy(p -> assertThat(p.name()).doesNotContain(PW));

    Path file = dir.resolve("events.jsonl");
    QueryScopeDriver.export(scope, file, ExportOptions.EVERYTHING);
    String exported = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(exported).contains(marker).contains("password=***").doesNotContain(PW);
  }
}
