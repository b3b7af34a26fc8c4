package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bad password and unknown database on MySQL/MariaDB: one line, exit 3, no password shown. */
@MySqlTest
class ConnectionErrorsMariaDbTest {

  @Test
  void wrongPasswordSaysCheckUserAndPassword(TestDatabase db) throws Exception {
    String user = "qs_u_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("create user '" + user + "'@'%' identified by 'right-Pass-1'");
    }
    try {
      Path pw = Files.createTempFile("qs-pw", ".txt");
      Files.writeString(pw, "wrong-Pass-2\n");
      Cli.Result r =
          Cli.run(
              "analyze", "--url", db.jdbcUrl(), "--user", user, "--password-file", pw.toString());
      Files.delete(pw);
      assertThat(r.exit()).as(r.toString()).isEqualTo(3);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err())
          .contains("authentication failed for user '" + user + "'")
          .contains("check --user and the password")
          .doesNotContain("wrong-Pass-2");
    } finally {
      try (Connection c = db.connection();
          Statement s = c.createStatement()) {
        s.execute("drop user '" + user + "'@'%'");
      }
    }
  }

  @Test
  void unknownDatabaseIsNamed(TestDatabase db) {
    String url = db.jdbcUrl().replace(db.databaseName(), db.databaseName() + "_missing");
    Cli.Result r = Cli.run("analyze", "--url", url, "--user", db.user());
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("database '" + db.databaseName() + "_missing' does not exist");
  }
}
