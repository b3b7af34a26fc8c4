package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Report;
import io.queryscope.core.workload.StatementStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * queryscope's own bookkeeping — call-site cache, units of work, bounds, timing with an injected
 * ticker, export and import — through a stub connection (StubJdbc). JDBC behaviour itself is tested
 * against real drivers in JdbcCaptureContract.
 */
class CaptureBookkeepingTest {

  private static final String SQL = "select v from t where id = ?";

  @Test
  void cachedCallSitesSwitchToExactWalksOnceASecondPlaceRunsTheSameSql() throws SQLException {
    QueryScope scope = QueryScope.builder().ringSize(5_000).build();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      for (int i = 0; i < 40; i++) {
        siteA(c, i);
      }
      for (int i = 0; i < 1_100; i++) {
        siteB(c, i);
      }
    }
    List<StatementEvent> events = scope.events().statements();
    assertThat(events.subList(0, 40))
        .allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("siteA"));
    List<StatementEvent> fromB = events.subList(40, events.size());
    // The cache re-checks at execution 64: until then siteB's statements carry siteA's call site
    // (the documented price of caching), from then on every statement is walked.
    int stale = countUntil(fromB, "siteB");
    assertThat(stale).isEqualTo(64 - 40 - 1);
    assertThat(fromB.subList(stale, fromB.size()))
        .allSatisfy(e -> assertThat(e.callSite().methodName()).isEqualTo("siteB"));
  }

  @Test
  void exactCallSitesNameEveryPlace() throws SQLException {
    QueryScope scope = QueryScope.builder().exactCallSites(true).build();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      for (int i = 0; i < 40; i++) {
        siteA(c, i);
      }
      siteB(c, 0);
    }
    List<StatementEvent> events = scope.events().statements();
    assertThat(events.get(40).callSite().methodName()).isEqualTo("siteB");
    assertThat(events.get(40).callSite().callers())
        .first()
        .asString()
        .startsWith(
            getClass().getName() + ".exactCallSitesNameEveryPlace(CaptureBookkeepingTest.java:");
  }

  @Test
  void callSitesCanBeSwitchedOffAndFiltered() throws SQLException {
    QueryScope off = QueryScope.builder().callSites(false).build();
    try (Connection c = off.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
    }
    assertThat(off.events().statements().get(0).callSite()).isNull();

    QueryScope filtered = QueryScope.builder().frameFilters(getClass().getName()).build();
    try (Connection c = filtered.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
    }
    assertThat(filtered.events().statements().get(0).callSite().className())
        .isNotEqualTo(getClass().getName());
  }

  @Test
  void unitsOfWorkNestAndCountTheirStatements() throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 0);
      try (UnitOfWork outer = scope.unitOfWork("GET /orders")) {
        siteA(c, 1);
        try (UnitOfWork inner = scope.unitOfWork("load lines")) {
          siteA(c, 2);
          siteA(c, 3);
        }
        siteA(c, 4);
      }
      siteA(c, 5);
    }
    assertThat(scope.events().statements())
        .extracting(StatementEvent::unitOfWork)
        .containsExactly(null, "GET /orders", "load lines", "load lines", "GET /orders", null);
    assertThat(scope.events().unitsOfWork())
        .extracting(u -> u.name() + "=" + u.statements())
        .containsExactly("load lines=2", "GET /orders=4");
  }

  @Test
  void aUnitOpenOnAnotherThreadClaimsOnlyThatThreadsStatements() throws Exception {
    QueryScope scope = QueryScope.create();
    CountDownLatch opened = new CountDownLatch(1);
    CountDownLatch ran = new CountDownLatch(1);
    Thread worker =
        new Thread(
            () -> {
              try (UnitOfWork work = scope.unitOfWork("worker job");
                  Connection c = scope.wrap(StubJdbc.connection(1))) {
                opened.countDown();
                ran.await();
                siteB(c, 2);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    worker.start();
    opened.await();
    // A unit is open somewhere, so this thread's statement must look up its own (it has none).
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
    }
    ran.countDown();
    worker.join();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 3);
    }
    assertThat(scope.events().statements())
        .extracting(e -> e.callSite().methodName() + ":" + e.unitOfWork())
        .containsExactly("siteA:null", "siteB:worker job", "siteA:null");
  }

  @Test
  void sqlPreparedAgainAfterAResetCountsInTheNewCaptureOnly() throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
      siteA(c, 2);
      scope.reset();
      // The same String on the same connection: its cached entry belongs to the old capture.
      siteA(c, 3);
    }
    assertThat(scope.workload().statements())
        .singleElement()
        .satisfies(g -> assertThat(g.calls()).isEqualTo(1));
    assertThat(scope.events().statements())
        .singleElement()
        .satisfies(e -> assertThat(e.binds()).containsExactly("3"));
  }

  @Test
  void anInjectedTickerMakesEveryDurationExact() throws SQLException {
    AtomicLong now = new AtomicLong();
    QueryScope scope = QueryScope.builder().ticker(() -> now.addAndGet(1_000)).build();
    try (Connection c = scope.wrap(StubJdbc.connection(3))) {
      siteA(c, 1);
    }
    StatementEvent e = scope.events().statements().get(0);
    assertThat(e.executeNanos()).isEqualTo(1_000);
    // Four next() calls (three rows, then false), each one tick long.
    assertThat(e.fetchNanos()).isEqualTo(4_000);
    assertThat(e.rowsFetched()).isEqualTo(3);
    StatementStats stats = scope.workload().statements().get(0);
    assertThat(stats.totalMs()).isEqualTo(0.005);
    assertThat(stats.maxMs()).isEqualTo(0.005);
    assertThat(stats.counter("p50_us")).isEqualTo(5);
  }

  @Test
  void theEventRingKeepsTheNewestAndCountsTheRest() throws SQLException {
    QueryScope scope = QueryScope.builder().ringSize(10).build();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      for (int i = 0; i < 25; i++) {
        siteA(c, i);
      }
    }
    CapturedEvents events = scope.events();
    assertThat(events.statements())
        .extracting(StatementEvent::sequence)
        .containsExactly(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L);
    assertThat(events.droppedStatements()).isEqualTo(15);
    assertThat(scope.workload().statements().get(0).calls()).isEqualTo(25);
  }

  @Test
  void fingerprintsBeyondTheLimitShareAnOtherBucket() throws SQLException {
    QueryScope scope = QueryScope.builder().maxFingerprints(2).build();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      for (String table : List.of("a", "b", "c", "d", "e")) {
        try (PreparedStatement ps =
            c.prepareStatement("select v from " + table + " where id = ?")) {
          ps.setInt(1, 1);
          ps.executeQuery().close();
        }
      }
    }
    List<StatementStats> groups = scope.workload().statements();
    assertThat(groups).hasSize(3);
    assertThat(groups)
        .filteredOn(g -> g.fingerprintId() == 0)
        .singleElement()
        .satisfies(g -> assertThat(g.calls()).isEqualTo(3));
    assertThat(scope.workload().notes()).singleElement().asString().contains("maxFingerprints");
  }

  @Test
  void resetForgetsWhatWasCapturedButKeepsCapturing() throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1));
        PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setInt(1, 1);
      ps.executeQuery().close();
      scope.reset();
      assertThat(scope.statementCount()).isZero();
      assertThat(scope.events().statements()).isEmpty();
      ps.executeQuery().close();
    }
    assertThat(scope.statementCount()).isEqualTo(1);
    assertThat(scope.workload().statements())
        .singleElement()
        .satisfies(g -> assertThat(g.calls()).isEqualTo(1));
  }

  @Test
  void listenersSeeCompleteStatements() throws SQLException {
    List<StatementEvent> seen = new ArrayList<>();
    QueryScope scope = QueryScope.builder().listener(seen::add).build();
    try (Connection c = scope.wrap(StubJdbc.connection(2))) {
      siteA(c, 7);
    }
    assertThat(seen)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rowsFetched()).isEqualTo(2);
              assertThat(e.binds()).containsExactly("7");
            });
  }

  @Test
  void ownFailuresAreCountedEachTimeAndLoggedOnce() throws SQLException {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("io.queryscope.capture");
    List<java.util.logging.LogRecord> logged = new ArrayList<>();
    java.util.logging.Handler handler =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord r) {
            logged.add(r);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      QueryScope scope =
          QueryScope.builder()
              .listener(
                  e -> {
                    throw new IllegalStateException("listener bug");
                  })
              .build();
      try (Connection c = scope.wrap(StubJdbc.connection(1))) {
        for (int i = 0; i < 5; i++) {
          siteA(c, i);
        }
      }
      assertThat(scope.internalFailures()).isEqualTo(5);
      assertThat(scope.statementCount()).isEqualTo(5);
      assertThat(logged)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(r.getMessage()).contains("application's call was not affected");
                assertThat(r.getThrown()).hasMessage("listener bug");
              });
    } finally {
      log.removeHandler(handler);
    }
  }

  @Test
  void aFailingJooqCallbackIsCountedNotSwallowed() {
    QueryScope scope = QueryScope.create();
    org.jooq.ExecuteContext broken =
        (org.jooq.ExecuteContext)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {org.jooq.ExecuteContext.class},
                (p, m, a) -> {
                  if (m.getName().equals("connection")) {
                    throw new IllegalStateException("no connection here");
                  }
                  return null;
                });
    io.queryscope.core.jooq.QueryScopeExecuteListener listener =
        io.queryscope.core.jooq.QueryScopeExecuteListener.of(scope);
    listener.executeStart(broken); // must not throw into jOOQ
    assertThat(scope.internalFailures()).isEqualTo(1);
  }

  @Test
  void withoutRulesTheReportIsEmptyAndSaysWhy() throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
    }
    Report report = scope.report();
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().statements()).isEqualTo(1);
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("queryscope-rules"));
  }

  @Test
  void eventsSurviveAnExportAndImportUnchanged(@TempDir Path dir) throws SQLException {
    QueryScope scope = QueryScope.create();
    try (UnitOfWork work = scope.unitOfWork("round trip");
        Connection c = scope.wrap(StubJdbc.connection(2))) {
      siteA(c, 1);
      siteA(c, 1);
      siteB(c, 2);
    }
    Path file = dir.resolve("events.jsonl");
    scope.exportEvents(file, ExportOptions.EVERYTHING);
    CapturedEvents original = scope.events();
    CapturedEvents imported = QueryScope.importEvents(file);
    assertThat(imported.statements()).isEqualTo(original.statements());
    assertThat(imported.unitsOfWork()).isEqualTo(original.unitsOfWork());
    assertThat(imported.connections()).isEqualTo(original.connections());
    assertThat(imported.droppedStatements()).isEqualTo(original.droppedStatements());
    assertThat(imported.samplesRunnable()).isTrue();
  }

  @Test
  void aDefaultExportRedactsBindsAndLiteralsButKeepsEquality(@TempDir Path dir) throws Exception {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 4711);
      siteA(c, 4711);
      siteA(c, 99);
      c.createStatement().executeQuery("select v from t where name = 'secret'").close();
    }
    Path file = dir.resolve("events.jsonl");
    scope.exportEvents(file);
    String text = Files.readString(file);
    assertThat(text).doesNotContain("4711", "secret");
    CapturedEvents read = QueryScope.importEvents(file);
    // The file says its values are hashes, so nobody sends them to a server as values.
    assertThat(read.bindsRedacted()).isTrue();
    assertThat(read.literalsRedacted()).isTrue();
    assertThat(read.samplesRunnable()).isFalse();
    List<StatementEvent> imported = read.statements();
    assertThat(imported.get(0).binds()).isEqualTo(imported.get(1).binds());
    assertThat(imported.get(0).binds()).isNotEqualTo(imported.get(2).binds());
    assertThat(imported.get(0).binds().get(0)).startsWith("#");
    assertThat(imported.get(3).sql()).contains("name = ?");
    assertThat(imported.get(3).fingerprintId())
        .isEqualTo(scope.events().statements().get(3).fingerprintId());
  }

  @Test
  void aBadLineNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1))) {
      siteA(c, 1);
    }
    Path file = dir.resolve("broken.jsonl");
    scope.exportEvents(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.add(2, "{\"type\":\"statement\",\"sql\":");
    Files.write(file, lines);
    assertThatThrownBy(() -> QueryScope.importEvents(file))
        .isInstanceOfSatisfying(
            QueryScopeException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_EVENTS))
        .hasMessageContaining("broken.jsonl line 3")
        .hasMessageContaining("not valid JSON");

    Files.writeString(
        file,
        "{\"type\":\"capture\",\"format\":1,\"droppedStatements\":0}\n"
            + "{\"type\":\"statement\",\"sequence\":1}\n");
    assertThatThrownBy(() -> QueryScope.importEvents(file))
        .hasMessageContaining("line 2")
        .hasMessageContaining("has no 'kind'");

    assertThatThrownBy(() -> QueryScope.importEvents(dir.resolve("missing.jsonl")))
        .isInstanceOfSatisfying(
            QueryScopeException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_NOT_READABLE))
        .hasMessageContaining("missing.jsonl does not exist");
  }

  @Test
  void aConnectionHeldPastTheLeakThresholdKeepsTheStackThatTookIt() throws SQLException {
    AtomicLong now = new AtomicLong();
    QueryScope scope =
        QueryScope.builder()
            .ticker(now::get)
            .leakThreshold(java.time.Duration.ofSeconds(1))
            .build();
    Connection held = scope.wrap(StubJdbc.connection(1));
    now.addAndGet(2_000_000_000L);
    held.close();
    Connection prompt = scope.wrap(StubJdbc.connection(1));
    now.addAndGet(1_000);
    prompt.close();
    var connections = scope.events().connections();
    assertThat(connections).hasSize(2);
    assertThat(connections.get(0).heldNanos()).isEqualTo(2_000_000_000L);
    assertThat(connections.get(0).returned()).isTrue();
    assertThat(connections.get(0).acquireStack())
        .contains("aConnectionHeldPastTheLeakThresholdKeepsTheStackThatTookIt");
    assertThat(connections.get(1).heldNanos()).isEqualTo(1_000);
    assertThat(connections.get(1).acquireStack()).isNull();
  }

  @Test
  void anEmptyBatchIsNotAFailure() throws SQLException {
    QueryScope scope = QueryScope.create();
    try (Connection c = scope.wrap(StubJdbc.connection(1));
        java.sql.Statement s = c.createStatement()) {
      s.executeBatch();
    }
    assertThat(scope.internalFailures()).isZero();
    assertThat(scope.statementCount()).isZero();
  }

  @Test
  void badOptionsSayWhatToPass() {
    assertThatThrownBy(() -> QueryScope.builder().ringSize(0))
        .isInstanceOfSatisfying(
            QueryScopeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USAGE))
        .hasMessageContaining("ringSize must be at least 1, was 0");
  }

  // Two places in the code that run the same SQL: the call site is where executeQuery is called.
  private static void siteA(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
        }
      }
    }
  }

  private static void siteB(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rs.getLong(1);
        }
      }
    }
  }

  /** How many events come before the first whose call site is {@code method}. */
  private static int countUntil(List<StatementEvent> events, String method) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).callSite().methodName().equals(method)) {
        return i;
      }
    }
    return events.size();
  }
}
