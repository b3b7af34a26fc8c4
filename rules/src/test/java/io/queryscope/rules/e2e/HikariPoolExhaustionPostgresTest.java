package io.queryscope.rules.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.QueryScope;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.rules.RuleEngine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real HikariCP pool of two connections, eight threads that each hold a connection around a
 * simulated remote call: the pool runs dry, and the finding says the connections sat idle.
 */
@PostgresTest
class HikariPoolExhaustionPostgresTest {

  @RegisterExtension static final TestDatabaseExtension db = TestDatabaseExtension.postgres();

  @Test
  void aSmallPoolHeldAcrossRemoteCallsRunsDryAndTheFindingSaysWhy() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.get().user());
    config.setPassword(db.get().password());
    config.setPoolName("shop");
    config.setMaximumPoolSize(2);
    config.setConnectionTimeout(10_000);
    try (HikariDataSource pool = new HikariDataSource(config);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(20)).build()) {
      DataSource ds = scope.wrap(pool);
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> work = new ArrayList<>();
      // All eight ask at once, however the executor schedules them, so two connections run dry.
      CountDownLatch start = new CountDownLatch(1);
      for (int i = 0; i < 8; i++) {
        work.add(
            threads.submit(
                () -> {
                  start.await();
                  try (Connection c = ds.getConnection();
                      Statement st = c.createStatement()) {
                    try (ResultSet rs = st.executeQuery("select 1")) {
                      rs.next();
                    }
                    Thread.sleep(150); // a remote call made while holding the connection
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : work) {
        f.get();
      }
      threads.shutdown();
      Report report =
          new RuleEngine()
              .analyze(new AnalysisContext(null, null, null, null, null, scope.events(), null));

      Finding f = report.findings("pool-exhaustion").get(0);
      assertThat(f.title()).startsWith("Pool 'shop' (2 connections) ran dry");
      assertThat(f.recommendation().summary()).contains("held idle", "The pool is big enough");
      assertThat((double) f.evidence().get("meanHeldMs"))
          .isGreaterThan((double) f.evidence().get("meanBusyMs"));
    }
  }
}
