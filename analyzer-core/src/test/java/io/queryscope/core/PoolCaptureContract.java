package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.fixtures.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capture through HikariCP on a real server: the pool's figures under a deliberately undersized
 * pool, callers that give up waiting, several pools in one scope, and many threads whose every
 * statement is recorded exactly once. Subclasses name the server and its sleep statement.
 */
abstract class PoolCaptureContract {

  /** A statement that keeps its connection busy for 50 ms. */
  abstract String sleepStatement();

  /** The simple class name of the fixture's plain DataSource, which names its pool. */
  abstract String plainDataSourceName();

  @Test
  void anUndersizedPoolShowsWaitingThreadsAndAcquisitionTimes(TestDatabase db) throws Exception {
    int threads = 8;
    int rounds = 3;
    try (HikariDataSource pool = pool(db, "undersized", 2, 1, 10_000);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(5)).build()) {
      DataSource ds = scope.wrap(pool);
      Parallel.run(
          threads,
          thread -> {
            for (int i = 0; i < rounds; i++) {
              try (Connection c = ds.getConnection();
                  Statement s = c.createStatement()) {
                s.execute(sleepStatement());
              }
            }
          });

      PoolEvidence evidence = onlyPool(scope);
      assertThat(evidence.config()).isEqualTo(new PoolConfig("undersized", 2, 1, 10_000));
      assertThat(evidence.acquisitions()).isEqualTo(threads * rounds);
      assertThat(evidence.acquisitionTimeouts()).isZero();
      assertThat(evidence.snapshots())
          .isNotEmpty()
          .allSatisfy(
              s -> {
                assertThat(s.total()).isBetween(1, 2);
                assertThat(s.active() + s.idle()).as("active + idle in %s", s).isEqualTo(s.total());
              });
      // Eight threads on two connections: at some moment both are busy and others queue for them.
      assertThat(evidence.snapshots())
          .anySatisfy(
              s -> {
                assertThat(s.active()).isEqualTo(2);
                assertThat(s.threadsAwaitingConnection()).isPositive();
              });
      // Every thread may be waiting at once: at the start the pool holds one idle connection
      // (minimum idle 1), and a loaded host can have all eight queued while HikariCP hands it out
      // and opens the second (seen on CI: 8).
      assertThat(evidence.maxThreadsAwaiting()).isBetween(1, threads);
      // A thread that queued behind a 50 ms statement waited at least most of it.
      assertThat(evidence.acquireMillisMax()).isGreaterThanOrEqualTo(40);
      assertThat(evidence.acquireMillisP95()).isGreaterThan(10);
      assertThat(scope.events().connections())
          .hasSize(threads * rounds)
          .allSatisfy(
              c -> {
                assertThat(c.pool()).isEqualTo("undersized");
                assertThat(c.returned()).isTrue();
                assertThat(c.statements()).isEqualTo(1);
              });
    }
  }

  @Test
  void acquisitionsThatDidNotWaitLeaveTheSnapshotsToTheInterval(TestDatabase db) throws Exception {
    int acquisitions = 50;
    try (HikariDataSource pool = pool(db, null, 4, 4, 10_000);
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
  void callersTimingOutOnThePoolAreCountedAsTheySawThem(TestDatabase db) throws Exception {
    int callers = 3;
    try (HikariDataSource pool = pool(db, "one", 1, 1, 250);
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(5)).build()) {
      DataSource ds = scope.wrap(pool);
      AtomicInteger timedOut = new AtomicInteger();
      try (Connection held = ds.getConnection()) {
        Parallel.run(
            callers,
            thread -> {
              assertThatThrownBy(ds::getConnection)
                  .isInstanceOf(SQLTransientConnectionException.class)
                  .hasMessageContaining("Connection is not available");
              timedOut.incrementAndGet();
            });
        assertThat(held.isValid(1)).isTrue();
      }
      assertThat(timedOut).hasValue(callers);
      PoolEvidence evidence = onlyPool(scope);
      assertThat(evidence.acquisitions()).isEqualTo(callers + 1);
      assertThat(evidence.acquisitionTimeouts()).isEqualTo(callers);
      assertThat(evidence.acquireMillisMax()).isGreaterThanOrEqualTo(200);
      // While they waited, the one connection was in use and they queued for it.
      assertThat(evidence.snapshots())
          .anySatisfy(
              s -> {
                assertThat(s.active()).isEqualTo(1);
                assertThat(s.threadsAwaitingConnection()).isPositive();
              });
      assertThat(scope.events().connections())
          .filteredOn(ConnectionEvent::acquireFailed)
          .hasSize(callers)
          .allSatisfy(
              c -> {
                assertThat(c.acquireNanos()).isGreaterThanOrEqualTo(200_000_000L);
                assertThat(c.pool()).isEqualTo("one");
                assertThat(c.statements()).isZero();
              });
    }
  }

  @Test
  void everyPoolAScopeWrapsIsSampledAndNamedApart(TestDatabase db, @TempDir Path dir)
      throws Exception {
    try (HikariDataSource primary = pool(db, "primary", 2, 2, 10_000);
        HikariDataSource replica = pool(db, "replica", 3, 3, 10_000);
        // Started lazily, on its first getConnection(): HikariCP names it only then.
        HikariDataSource lazy = new HikariDataSource();
        QueryScope scope = QueryScope.builder().poolSampleInterval(Duration.ofMillis(5)).build()) {
      lazy.setJdbcUrl(db.jdbcUrl());
      lazy.setUsername(db.user());
      lazy.setPassword(db.password());
      lazy.setMaximumPoolSize(1);
      String plain = plainDataSourceName();
      Map<DataSource, Integer> uses = new LinkedHashMap<>();
      uses.put(scope.wrap(primary), 2);
      uses.put(scope.wrap(replica), 3);
      uses.put(scope.wrap(lazy), 1);
      uses.put(scope.wrap(db.dataSource()), 1);
      for (Map.Entry<DataSource, Integer> use : uses.entrySet()) {
        for (int i = 0; i < use.getValue(); i++) {
          try (Connection c = use.getKey().getConnection();
              Statement s = c.createStatement()) {
            s.execute("select 1");
          }
        }
      }
      awaitSamples(scope, "primary", "replica");
      scope.close();

      CapturedEvents events = settled(scope);
      assertThat(events.pools())
          .extracting(p -> p.name() + "=" + p.acquisitions())
          .containsExactly("primary=2", "replica=3", lazy.getPoolName() + "=1", plain + "=1");
      assertThat(lazy.getPoolName()).startsWith("HikariPool-");
      Map<String, PoolEvidence> byName = new LinkedHashMap<>();
      events.pools().forEach(p -> byName.put(p.name(), p));
      assertThat(byName.get("primary").config().maximumPoolSize()).isEqualTo(2);
      assertThat(byName.get("replica").config().maximumPoolSize()).isEqualTo(3);
      assertThat(byName.get(plain).config()).isNull();
      // Each pool's snapshots are its own: none shows more connections than that pool may open.
      assertThat(byName.get("primary").snapshots())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(2));
      assertThat(byName.get("replica").snapshots())
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s.total()).isLessThanOrEqualTo(3));
      assertThat(byName.get(plain).snapshots()).isEmpty();
      assertThat(events.connections())
          .extracting(ConnectionEvent::pool)
          .containsExactlyInAnyOrder(
              "primary", "primary", "replica", "replica", "replica", lazy.getPoolName(), plain);

      Path file = dir.resolve("pools.jsonl");
      scope.exportEvents(file);
      CapturedEvents imported = QueryScope.importEvents(file);
      assertThat(imported.pools()).isEqualTo(events.pools());
      assertThat(imported.connections()).isEqualTo(events.connections());
    }
  }

  /**
   * 32 threads share an undersized pool, each in a unit of work of its own, taking a connection for
   * every 50 statements: every statement is recorded once, against the right thread, unit of work
   * and connection.
   */
  @Test
  void everyStatementOfManyThreadsThroughThePoolIsRecordedOnce(TestDatabase db) throws Exception {
    int threads = 32;
    int perThread = 500;
    int perConnection = 50;
    int total = threads * perThread;
    try (HikariDataSource pool = pool(db, "shared", 8, 8, 60_000);
        QueryScope scope =
            QueryScope.builder()
                .ringSize(total)
                .poolSampleInterval(Duration.ofMillis(100))
                .build()) {
      DataSource ds = scope.wrap(pool);
      Parallel.run(
          threads,
          thread -> {
            try (UnitOfWork work = scope.unitOfWork("worker-" + thread)) {
              for (int i = 0; i < perThread; i += perConnection) {
                try (Connection c = ds.getConnection();
                    PreparedStatement ps = c.prepareStatement("select ?")) {
                  for (int j = i; j < i + perConnection; j++) {
                    int value = thread * perThread + j;
                    ps.setInt(1, value);
                    try (ResultSet rs = ps.executeQuery()) {
                      assertThat(rs.next()).isTrue();
                      assertThat(rs.getInt(1)).isEqualTo(value);
                    }
                  }
                }
              }
            }
          });

      assertThat(scope.statementCount()).isEqualTo(total);
      assertThat(scope.internalFailures()).isZero();
      CapturedEvents events = scope.events();
      assertThat(events.droppedStatements()).isZero();
      List<StatementEvent> statements = events.statements();
      assertThat(statements)
          .extracting(StatementEvent::sequence)
          .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
      // Each bound value was run once, by its own thread's unit of work.
      assertThat(statements)
          .extracting(e -> Integer.parseInt(e.binds().get(0)))
          .doesNotHaveDuplicates()
          .hasSize(total);
      assertThat(statements)
          .allSatisfy(
              e -> {
                int thread = Integer.parseInt(e.binds().get(0)) / perThread;
                assertThat(e.unitOfWork()).isEqualTo("worker-" + thread);
                assertThat(e.rowsFetched()).isEqualTo(1);
                assertThat(e.transactionId()).isZero();
              });

      List<UnitOfWorkEvent> units = events.unitsOfWork();
      assertThat(units)
          .hasSize(threads)
          .allSatisfy(u -> assertThat(u.statements()).isEqualTo(perThread));
      assertThat(units).extracting(UnitOfWorkEvent::name).doesNotHaveDuplicates();
      Map<String, String> threadOfUnit =
          units.stream().collect(Collectors.toMap(UnitOfWorkEvent::name, UnitOfWorkEvent::thread));
      assertThat(statements)
          .allSatisfy(e -> assertThat(e.thread()).isEqualTo(threadOfUnit.get(e.unitOfWork())));

      List<ConnectionEvent> connections = events.connections();
      assertThat(connections)
          .hasSize(total / perConnection)
          .allSatisfy(
              c -> {
                assertThat(c.returned()).isTrue();
                assertThat(c.statements()).isEqualTo(perConnection);
              });
      assertThat(connections.stream().mapToLong(ConnectionEvent::statements).sum())
          .isEqualTo(total);
      Map<Long, Long> perConnectionId =
          statements.stream()
              .collect(Collectors.groupingBy(StatementEvent::connectionId, Collectors.counting()));
      Map<Long, ConnectionEvent> connectionById =
          connections.stream()
              .collect(Collectors.toMap(ConnectionEvent::connectionId, Function.identity()));
      assertThat(perConnectionId.keySet()).isEqualTo(connectionById.keySet());
      perConnectionId.forEach(
          (id, count) -> {
            ConnectionEvent c = connectionById.get(id);
            assertThat(c.statements()).isEqualTo(count.intValue());
            assertThat(statements)
                .filteredOn(e -> e.connectionId() == id)
                .allSatisfy(e -> assertThat(e.unitOfWork()).isEqualTo(c.unitOfWork()));
          });

      assertThat(scope.workload().statements())
          .singleElement()
          .satisfies(
              g -> {
                assertThat(g.calls()).isEqualTo(total);
                assertThat(g.rows()).isEqualTo(total);
              });
      PoolEvidence evidence = onlyPool(scope);
      assertThat(evidence.acquisitions()).isEqualTo(total / perConnection);
      assertThat(evidence.acquisitionTimeouts()).isZero();
    }
  }

  /**
   * The events once sampling has stopped: a sample under way when the scope closed may still land,
   * so read until two reads agree.
   */
  /**
   * Until the 5 ms sampler has taken a sample of each named pool: a fixed sleep could pass without
   * the sampler thread being scheduled on a loaded machine. Gives up after 10 s; the assertions on
   * the samples then say what is missing.
   */
  private static void awaitSamples(QueryScope scope, String... pools) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<String> sampled =
          scope.events().pools().stream()
              .filter(p -> !p.snapshots().isEmpty())
              .map(PoolEvidence::name)
              .toList();
      if (sampled.containsAll(List.of(pools))) {
        return;
      }
      Thread.sleep(10);
    }
  }

  private static CapturedEvents settled(QueryScope scope) throws InterruptedException {
    CapturedEvents before = scope.events();
    while (true) {
      Thread.sleep(20);
      CapturedEvents now = scope.events();
      if (now.equals(before)) {
        return now;
      }
      before = now;
    }
  }

  private static PoolEvidence onlyPool(QueryScope scope) {
    List<PoolEvidence> pools = scope.events().pools();
    assertThat(pools).hasSize(1);
    return pools.get(0);
  }

  private static HikariDataSource pool(
      TestDatabase db, String name, int maximum, int minimumIdle, long timeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(maximum);
    config.setMinimumIdle(minimumIdle);
    config.setConnectionTimeout(timeoutMillis);
    return new HikariDataSource(config);
  }
}
