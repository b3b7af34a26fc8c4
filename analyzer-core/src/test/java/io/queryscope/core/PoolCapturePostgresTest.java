package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

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

      PoolEvidence evidence = onlyPool(scope);
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
      PoolEvidence evidence = onlyPool(scope);
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
      PoolEvidence evidence = onlyPool(scope);
      assertThat(evidence.acquisitions()).isEqualTo(2);
      assertThat(evidence.acquisitionTimeouts()).isEqualTo(1);
      assertThat(evidence.acquireMillisMax()).isGreaterThanOrEqualTo(200);
      assertThat(scope.events().connections())
          .filteredOn(ConnectionEvent::acquireFailed)
          .singleElement()
          .satisfies(c -> assertThat(c.acquireNanos()).isGreaterThanOrEqualTo(200_000_000L));
    }
  }

  @Test
  void everyPoolAScopeWrapsIsSampledAndNamedApart(TestDatabase db, @TempDir Path dir)
      throws Exception {
    try (HikariDataSource primary = pool(db, 2, 10_000, "primary");
        HikariDataSource replica = pool(db, 3, 10_000, "replica");
        // Started lazily, on its first getConnection(): HikariCP names it only then.
        HikariDataSource lazy = new HikariDataSource();
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(5)).build()) {
      lazy.setJdbcUrl(db.jdbcUrl());
      lazy.setUsername(db.user());
      lazy.setPassword(db.password());
      lazy.setMaximumPoolSize(1);
      PGSimpleDataSource plain = new PGSimpleDataSource();
      plain.setUrl(db.jdbcUrl());
      plain.setUser(db.user());
      plain.setPassword(db.password());
      Map<DataSource, Integer> uses = new LinkedHashMap<>();
      uses.put(scope.wrap(primary), 2);
      uses.put(scope.wrap(replica), 3);
      uses.put(scope.wrap(lazy), 1);
      uses.put(scope.wrap(plain), 1);
      for (Map.Entry<DataSource, Integer> use : uses.entrySet()) {
        for (int i = 0; i < use.getValue(); i++) {
          try (Connection c = use.getKey().getConnection();
              Statement s = c.createStatement()) {
            s.execute("select 1");
          }
        }
      }
      Thread.sleep(50); // a few interval samples of each pool

      CapturedEvents events = scope.events();
      assertThat(events.pools())
          .extracting(p -> p.name() + "=" + p.acquisitions())
          .containsExactly(
              "primary=2", "replica=3", lazy.getPoolName() + "=1", "PGSimpleDataSource=1");
      assertThat(lazy.getPoolName()).startsWith("HikariPool-");
      Map<String, PoolEvidence> byName = new LinkedHashMap<>();
      events.pools().forEach(p -> byName.put(p.name(), p));
      assertThat(byName.get("primary").config().maximumPoolSize()).isEqualTo(2);
      assertThat(byName.get("replica").config().maximumPoolSize()).isEqualTo(3);
      assertThat(byName.get("PGSimpleDataSource").config()).isNull();
      // Each pool's snapshots are its own: none shows more connections than that pool may open.
      assertThat(byName.get("primary").snapshots())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(2));
      assertThat(byName.get("replica").snapshots())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(3));
      assertThat(byName.get("PGSimpleDataSource").snapshots()).isEmpty();
      assertThat(events.connections())
          .extracting(ConnectionEvent::pool)
          .containsExactlyInAnyOrder(
              "primary",
              "primary",
              "replica",
              "replica",
              "replica",
              lazy.getPoolName(),
              "PGSimpleDataSource");

      Path file = dir.resolve("pools.jsonl");
      scope.exportEvents(file);
      CapturedEvents imported = QueryScope.importEvents(file);
      assertThat(imported.pools())
          .extracting(PoolEvidence::name)
          .containsExactlyElementsOf(byName.keySet());
      assertThat(imported.connections()).isEqualTo(scope.events().connections());
    }
  }

  private static PoolEvidence onlyPool(QueryScope scope) {
    List<PoolEvidence> pools = scope.events().pools();
    assertThat(pools).hasSize(1);
    return pools.get(0);
  }

  private static HikariDataSource pool(TestDatabase db, int size, long timeoutMillis) {
    return pool(db, size, timeoutMillis, null);
  }

  private static HikariDataSource pool(TestDatabase db, int size, long timeoutMillis, String name) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    config.setConnectionTimeout(timeoutMillis);
    return new HikariDataSource(config);
  }
}
