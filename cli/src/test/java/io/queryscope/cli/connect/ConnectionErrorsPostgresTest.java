package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** One line and exit 3 for every way reaching PostgreSQL can fail. */
@PostgresTest
class ConnectionErrorsPostgresTest {

  @Test
  void refusedPortSaysCheckHostAndPort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Cli.Result r = Cli.run("analyze", "--url", "jdbc:postgresql://127.0.0.1:" + port + "/shop");
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err().strip())
        .isEqualTo(
            "queryscope: could not connect to 127.0.0.1:"
                + port
                + ": connection refused; check the host and port, and that the server accepts TCP"
                + " connections");
  }

  @Test
  void unknownDatabaseIsNamed(TestDatabase db) {
    String url = db.jdbcUrl().replace(db.databaseName(), db.databaseName() + "_missing");
    Cli.Result r = Cli.run("analyze", "--url", url, "--user", db.user());
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.err()).contains("database '" + db.databaseName() + "_missing' does not exist");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void verboseAddsTheStackTrace() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Cli.Result r =
        Cli.run("analyze", "--verbose", "--url", "jdbc:postgresql://127.0.0.1:" + port + "/x");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).contains("connection refused").contains("\tat ");
  }
}
