package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Pool figures from a deliberately undersized HikariCP pool on the embedded PostgreSQL. */
@PostgresTest
class PoolCapturePostgresTest {

  @Test
  void anUndersizedPoolShowsWaitingThreadsAndAcquisitionTimes(TestDatabase db) throws Exception {
    int threads = 8;
    int rounds = 3;
    try (HikariDataSource pool = pool(db, 2, 10_000);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(5)).build()) {
      DataSource ds = scope.wrap(pool);
      ExecutorService executor = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            executor.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < rounds; i++) {
                    try (Connection c = ds.getConnection();
                        Statement s = c.createStatement()) {
                      s.execute("select pg_sleep(0.05)");
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      executor.shutdown();

      PoolEvidence evidence = scope.events().pool();
      assertThat(evidence.config().maximumPoolSize()).isEqualTo(2);
      assertThat(evidence.config().connectionTimeoutMs()).isEqualTo(10_000);
      assertThat(evidence.acquisitions()).isEqualTo(threads * rounds);
      assertThat(evidence.acquisitionTimeouts()).isZero();
      assertThat(evidence.maxThreadsAwaiting()).isPositive();
      assertThat(evidence.snapshots())
          .allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(2));
      // Eight threads share two connections that each stay busy 50 ms: most acquisitions wait.
      assertThat(evidence.acquireMillisMax()).isGreaterThanOrEqualTo(evidence.acquireMillisP50());
      assertThat(evidence.acquireMillisP95()).isGreaterThan(10);
      assertThat(scope.events().connections()).hasSize(threads * rounds);
    }
  }

  @Test
  void acquisitionsThatDidNotWaitLeaveTheSnapshotsToTheInterval(TestDatabase db) throws Exception {
    int acquisitions = 50;
    try (HikariDataSource pool = pool(db, 4, 10_000);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofHours(1)).build()) {
      DataSource ds = scope.wrap(pool);
      for (int i = 0; i < acquisitions; i++) {
        try (Connection c = ds.getConnection()) {
          assertThat(c.isValid(1)).isTrue();
        }
      }
      PoolEvidence evidence = scope.events().pool();
      assertThat(evidence.acquisitions()).isEqualTo(acquisitions);
      // One caller, four idle connections: none waited, so (bar a pause of the JVM) none sampled.
      // Sampling each one would fill the snapshot ring with the same idle pool.
      assertThat(evidence.snapshots()).hasSizeLessThan(acquisitions / 2);
    }
  }

  @Test
  void aCallerTimingOutOnThePoolIsCounted(TestDatabase db) throws Exception {
    try (HikariDataSource pool = pool(db, 1, 250);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ZERO).build()) {
      DataSource ds = scope.wrap(pool);
      try (Connection held = ds.getConnection()) {
        assertThatThrownBy(ds::getConnection)
            .isInstanceOf(SQLTransientConnectionException.class)
            .hasMessageContaining("Connection is not available");
        assertThat(held.isValid(1)).isTrue();
      }
      PoolEvidence evidence = scope.events().pool();
      assertThat(evidence.acquisitions()).isEqualTo(2);
      assertThat(evidence.acquisitionTimeouts()).isEqualTo(1);
      assertThat(evidence.acquireMillisMax()).isGreaterThanOrEqualTo(200);
      assertThat(scope.events().connections())
          .filteredOn(ConnectionEvent::acquireFailed)
          .singleElement()
          .satisfies(c -> assertThat(c.acquireNanos()).isGreaterThanOrEqualTo(200_000_000L));
    }
  }

  private static HikariDataSource pool(TestDatabase db, int size, long timeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    config.setConnectionTimeout(timeoutMillis);
    return new HikariDataSource(config);
  }
}
