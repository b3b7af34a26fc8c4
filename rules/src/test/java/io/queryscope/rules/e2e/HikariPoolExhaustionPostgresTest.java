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
 * simulated remote call: the pool runs dry, and the finding says the connections sat idle. Beside a
 * second pool with room to spare, only the first is reported.
 */
@PostgresTest
class HikariPoolExhaustionPostgresTest {

  @RegisterExtension static final TestDatabaseExtension db = TestDatabaseExtension.postgres();

  @Test
  void aSmallPoolHeldAcrossRemoteCallsRunsDryAndTheFindingSaysWhy() throws Exception {
    try (HikariDataSource pool = pool("shop", 2);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(20)).build()) {
      holdAcrossRemoteCalls(scope.wrap(pool), 8);
      Report report = analyze(scope);

      Finding f = report.findings("pool-exhaustion").get(0);
      assertThat(f.title()).startsWith("Pool 'shop' (2 connections) ran dry");
      assertThat(f.recommendation().summary()).contains("held idle", "The pool is big enough");
      assertThat((double) f.evidence().get("meanHeldMs"))
          .isGreaterThan((double) f.evidence().get("meanBusyMs"));
    }
  }

  @Test
  void ofTwoPoolsOnlyTheOneThatRanDryIsReportedWithItsOwnFigures() throws Exception {
    try (HikariDataSource shop = pool("shop", 2);
        HikariDataSource replica = pool("replica", 4);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(20)).build()) {
      DataSource reads = scope.wrap(replica);
      // The replica serves quick reads one at a time while the shop pool runs dry.
      ExecutorService reader = Executors.newSingleThreadExecutor();
      Future<?> quickReads =
          reader.submit(
              () -> {
                for (int i = 0; i < 20; i++) {
                  try (Connection c = reads.getConnection();
                      Statement st = c.createStatement();
                      ResultSet rs = st.executeQuery("select 2")) {
                    rs.next();
                  }
                }
                return null;
              });
      holdAcrossRemoteCalls(scope.wrap(shop), 8);
      quickReads.get();
      reader.shutdown();
      Report report = analyze(scope);

      assertThat(scope.events().pools())
          .extracting(p -> p.name() + "=" + p.acquisitions())
          .containsExactly("replica=20", "shop=8");
      assertThat(report.findings("pool-exhaustion"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.title()).startsWith("Pool 'shop' (2 connections) ran dry");
                assertThat(f.evidence()).containsEntry("acquisitions", 8L);
                // Demand is the shop pool's eight connections, not the replica's twenty.
                assertThat((double) f.evidence().get("meanHeldMs")).isGreaterThan(100);
              });
    }
  }

  private static HikariDataSource pool(String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.get().user());
    config.setPassword(db.get().password());
    config.setPoolName(name);
    config.setMaximumPoolSize(size);
    config.setConnectionTimeout(10_000);
    return new HikariDataSource(config);
  }

  /** {@code callers} threads ask at once, and each holds its connection across a remote call. */
  private static void holdAcrossRemoteCalls(DataSource ds, int callers) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    List<Future<?>> work = new ArrayList<>();
    // All ask at once, however the executor schedules them, so the pool runs dry.
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < callers; i++) {
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
  }

  private static Report analyze(QueryScope scope) {
    return new RuleEngine()
        .analyze(new AnalysisContext(null, null, null, null, null, scope.events(), null));
  }
}
