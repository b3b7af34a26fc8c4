package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * After the login the socket's silence limit is the statement timeout plus the margin, not the
 * short login limit: a statement that takes longer than the connect timeout is not cut off.
 */
@PostgresTest
class SessionSocketLimitPostgresTest {

  @Test
  void theSessionWaitsTheStatementTimeoutPlusTheMargin(TestDatabase db) throws Exception {
    Timeouts timeouts = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(5));
    ConnectionSpec spec = new ConnectionSpec(db.jdbcUrl(), db.user(), db.password());
    try (TargetConnection tc = TargetConnection.open(spec, timeouts, false)) {
      assertThat(tc.networkTimeoutMillis()).isEqualTo(15_000);
      assertThat(tc.session().target().dialect().id()).isEqualTo("postgresql");
    }
  }

  @Test
  void aShorterSocketTimeoutInTheUrlIsKept(TestDatabase db) throws Exception {
    String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "socketTimeout=7";
    ConnectionSpec spec = new ConnectionSpec(url, db.user(), db.password());
    try (TargetConnection tc = TargetConnection.open(spec, Timeouts.DEFAULTS.session(false))) {
      assertThat(tc.networkTimeoutMillis()).isEqualTo(7_000);
    }
  }
}
