package io.queryscope.junit;

import static io.queryscope.junit.QueryScopeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.QueryScope;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs sample test classes (nested, never run by surefire on their own) through the JUnit engine
 * against a real PostgreSQL with the shop schema, and asserts on how they pass or fail.
 */
@PostgresTest
class QueryScopeExtensionTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.02);

  static final String ITEMS_SQL = "select product_id, quantity from order_items where order_id = ?";

  static final String EMAIL_SQL = "select first_name from customers where email = ?";

  static HikariDataSource pool;

  @TempDir static Path reports;

  @BeforeAll
  static void startPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.get().user());
    config.setPassword(db.get().password());
    config.setMaximumPoolSize(3);
    config.setPoolName("junit-samples");
    pool = new HikariDataSource(config);
  }

  @AfterAll
  static void stopPool() {
    pool.close();
  }

  @Test
  void plantedNPlusOneFailsTheTestNamingTheCallSite() {
    EngineExecutionResults results = run("n-plus-one", NPlusOneSample.class);

    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    String message = failure(results, "loadsItemsOneByOne");
    assertThat(message)
        .startsWith(
            "queryscope found 1 finding(s) at or above high in NPlusOneSample >"
                + " loadsItemsOneByOne():")
        .contains("n-plus-one (high): ")
        .contains(
            "fingerprint " + Fingerprinter.fingerprint(ITEMS_SQL).hexId() + ", 10 executions: ")
        .containsPattern(
            "10× at io\\.queryscope\\.junit\\.ShopQueries\\.itemsOf\\(ShopQueries\\.java:\\d+\\)")
        .contains("from io.queryscope.junit.ShopQueries.itemCountsOneByOne(ShopQueries.java:")
        .contains("@AllowFinding(rule = \"n-plus-one\"");
  }

  @Test
  void joinAndBatchFixesPass() {
    EngineExecutionResults results = run("fixed", FixedSample.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
  }

  @Test
  void allowedFindingPassesAndIsReportedWithItsReason() throws Exception {
    EngineExecutionResults results = run("allowed", AllowedSample.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2).failed(0));
    Map<String, Object> report = RunReportReader.json(reports.resolve("allowed"));
    List<Map<String, Object>> tests = RunReportReader.tests(report);
    assertThat(tests).hasSize(2);
    Map<String, Object> byFingerprint =
        tests.stream()
            .filter(t -> "allowedByFingerprint".equals(t.get("method")))
            .findFirst()
            .orElseThrow();
    // The allowance for another shape accepted nothing, and the report says so.
    assertThat(byFingerprint.get("notes").toString())
        .contains(
            "@AllowFinding(rule = \"n-plus-one\", fingerprint = \"ffffffffffffffff\") matched no"
                + " finding");
    for (Map<String, Object> test : tests) {
      assertThat(test.get("findings")).asList().isEmpty();
      List<Map<String, Object>> allowed = RunReportReader.list(test, "allowed");
      assertThat(allowed).hasSize(1);
      assertThat(allowed.get(0))
          .containsEntry("rule", "n-plus-one")
          .containsEntry("reason", "back-office page showing at most 10 orders");
    }
  }

  @Test
  void assertionsListFingerprintsCountsAndCallSites() {
    EngineExecutionResults results = run("assertions", AssertionSample.class);

    results.testEvents().assertStatistics(s -> s.started(5).succeeded(1).failed(4));
    assertThat(failure(results, "noNPlusOne"))
        .startsWith(
            "Expected no N+1 queries in AssertionSample > noNPlusOne(QueryScope), but found 1:")
        .containsPattern("10× at io\\.queryscope\\.junit\\.ShopQueries\\.itemsOf\\(");
    assertThat(failure(results, "noHighFindings"))
        .startsWith(
            "Expected no findings at or above high in AssertionSample > noHighFindings(QueryScope)")
        .contains("n-plus-one (high)");
    assertThat(failure(results, "statementCount"))
        .startsWith(
            "Expected 1 statement(s) in AssertionSample > statementCount(QueryScope), but 11 ran:")
        .contains(
            "1× fingerprint "
                + Fingerprinter.fingerprint("select id from orders order by id limit ?").hexId())
        .contains(
            "10× fingerprint " + Fingerprinter.fingerprint(ITEMS_SQL).hexId() + ": " + ITEMS_SQL)
        .containsPattern(
            "1× at io\\.queryscope\\.junit\\.ShopQueries\\.firstOrderIds\\(ShopQueries\\.java:\\d+\\)");
    assertThat(failure(results, "selectCount"))
        .startsWith(
            "Expected at most 5 select(s) in AssertionSample > selectCount(QueryScope), but 11 ran:");
  }

  @Test
  void fullScanOnALargeTableFailsWithTheTableAndItsSize() {
    EngineExecutionResults results = run("full-scans", FullScanSample.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    assertThat(failure(results, "byEmail"))
        .startsWith(
            "Expected no full scans of tables larger than 100 rows in FullScanSample > byEmail(QueryScope),"
                + " but found 1:")
        .containsPattern("customers \\(about \\d+ rows\\) read in full by Seq Scan, filter ")
        .contains("email")
        .containsPattern(
            "1× at io\\.queryscope\\.junit\\.ShopQueries\\.customerNameByEmail\\(ShopQueries\\.java:\\d+\\)");
  }

  @Test
  void planRulesFailATestThroughTheAutomaticExplain() throws Exception {
    // The shop at this scale has 400 customers; the rule's default minimum is 10,000 rows.
    Path config = reports.resolve("queryscope.yml");
    java.nio.file.Files.writeString(config, "rules:\n  missing-index:\n    min-table-rows: 100\n");

    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(PlanRuleSample.class), selectClass(NoExplainSample.class))
            .configurationParameter(
                RunReport.DIRECTORY_PARAMETER, reports.resolve("plan-rules").toString())
            .configurationParameter(TestRuleSettings.CONFIG_PARAMETER, config.toString())
            .execute();

    results.testEvents().assertStatistics(s -> s.started(2).failed(1).succeeded(1));
    assertThat(failure(results, "lookUpByEmail"))
        .startsWith("queryscope found 1 finding(s) at or above medium in PlanRuleSample >")
        // high, or medium when the server's counters still show the shop load as mostly writes
        .containsPattern(
            "missing-index \\((high|medium)\\): customers filtered by email reads an estimated ")
        .contains("fingerprint " + Fingerprinter.fingerprint(EMAIL_SQL).hexId() + ", 1 execution")
        .containsPattern("1× at io\\.queryscope\\.junit\\.ShopQueries\\.customerNameByEmail\\(")
        .containsPattern("(?i)create index \\S+ on customers \\(email\\)");
  }

  @Test
  void scopeIsInjectedEverywhereAndSetupStatementsDoNotCount() {
    EngineExecutionResults results = run("lifecycle", LifecycleSample.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void nestedClassesShareTheScopeAndAFailedTestKeepsItsOwnFailure() {
    EngineExecutionResults results = run("nested", NestedSample.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    // The body's own failure is what the user sees, not a second one about its N+1.
    assertThat(failure(results, "failsOnItsOwn")).isEqualTo("the body's own failure");
  }

  @Test
  void misspelledRuleOrMissingReasonNamesTheFix() {
    EngineExecutionResults results = run("bad-allow", BadAllowSample.class);

    results.testEvents().assertStatistics(s -> s.started(2).failed(2));
    assertThat(failure(results, "unknownRule"))
        .startsWith(
            "@AllowFinding on BadAllowSample.unknownRule names rule 'n-plus-on', which does not"
                + " exist; use one of ")
        .contains("n-plus-one");
    assertThat(failure(results, "blankReason"))
        .contains("has no reason; say why the finding is acceptable");
  }

  @Test
  void runReportListsEveryTestWithItsFindingsAndCallSites() throws Exception {
    Path dir = reports.resolve("report");
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(NPlusOneSample.class), selectClass(FixedSample.class))
        .configurationParameter(RunReport.DIRECTORY_PARAMETER, dir.toString())
        .execute();

    Map<String, Object> report = RunReportReader.json(dir);
    assertThat(report.get("summary"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("tests", 3)
        .containsEntry("failedByQueryScope", 1)
        .containsEntry("findings", 1);
    Map<String, Object> failed =
        RunReportReader.tests(report).stream()
            .filter(t -> "loadsItemsOneByOne".equals(t.get("method")))
            .findFirst()
            .orElseThrow();
    assertThat(failed).containsEntry("status", "failed").containsEntry("failedByQueryScope", true);
    Map<String, Object> finding = RunReportReader.list(failed, "findings").get(0);
    assertThat(finding)
        .containsEntry("rule", "n-plus-one")
        .containsEntry("severity", "high")
        .containsEntry("executions", 10);
    assertThat(finding.get("callSites").toString())
        .containsPattern("ShopQueries\\.itemsOf\\(ShopQueries\\.java:\\d+\\), count=10");
    String html = java.nio.file.Files.readString(dir.resolve(RunReportFiles.HTML));
    assertThat(html)
        .contains("NPlusOneSample")
        .contains("loadsItemsOneByOne()")
        .contains("<b>n-plus-one</b> (high)")
        .contains("10× at <code>io.queryscope.junit.ShopQueries.itemsOf(");
  }

  @Test
  void statementCountWithoutTheExtensionCountsEverythingTheScopeSaw() throws SQLException {
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(pool);
      ShopQueries.customerNameById(ds, 1);
      ShopQueries.customerNameById(ds, 2);

      assertThat(scope).hasStatementCount(2).hasSelectCountAtMost(2).hasNoNPlusOne();
      assertThatThrownBy(() -> assertThat(scope).hasStatementCount(3))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("Expected 3 statement(s) in the captured statements, but 2 ran:")
          .hasMessageContaining(
              "2× fingerprint "
                  + Fingerprinter.fingerprint("select first_name from customers where id = ?")
                      .hexId());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static EngineExecutionResults run(String name, Class<?> sample) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(sample))
        .configurationParameter(RunReport.DIRECTORY_PARAMETER, reports.resolve(name).toString())
        .execute();
  }

  private static String failure(EngineExecutionResults results, String method) {
    Event event =
        results.testEvents().failed().stream()
            .filter(
                e ->
                    e.getTestDescriptor()
                        .getSource()
                        .filter(MethodSource.class::isInstance)
                        .map(source -> ((MethodSource) source).getMethodName().equals(method))
                        .orElse(false))
            .findFirst()
            .orElseThrow(() -> new AssertionError(method + " did not fail"));
    return event
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElseThrow();
  }

  // ------------------------------------------------------------------ samples

  /** Loads ten orders' items one query per order: must fail. */
  @QueryScopeTest
  static class NPlusOneSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void loadsItemsOneByOne() throws SQLException {
      assertThat(ShopQueries.itemCountsOneByOne(ds, 10)).hasSize(10);
    }
  }

  /** The same result in one or two statements: must pass. */
  @QueryScopeTest
  static class FixedSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void join(QueryScope scope) throws SQLException {
      assertThat(ShopQueries.itemCountsJoined(ds, 10)).hasSize(10);
      assertThat(scope).hasNoNPlusOne().hasSelectCountAtMost(1).hasStatementCount(1);
    }

    @Test
    void batch(QueryScope scope) throws SQLException {
      assertThat(ShopQueries.itemCountsBatched(ds, 10)).hasSize(10);
      assertThat(scope).hasNoNPlusOne().hasSelectCountAtMost(2);
    }
  }

  /** The N+1, accepted on the class and on a method with a fingerprint: must pass. */
  @QueryScopeTest
  static class AllowedSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    @AllowFinding(rule = "n-plus-one", reason = "back-office page showing at most 10 orders")
    void allowedByRule(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasNoNPlusOne().hasNoFindingsAtOrAbove(Severity.HIGH);
    }

    @Test
    @AllowFinding(rule = "n+1", fingerprint = "ffffffffffffffff", reason = "a different shape")
    @AllowFinding(
        rule = "n-plus-one",
        fingerprint = "57d2c37fd975b745",
        reason = "back-office page showing at most 10 orders")
    void allowedByFingerprint() throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
    }
  }

  /** Assertions with the extension's own failing switched off. */
  @QueryScopeTest(failOnFindings = false)
  static class AssertionSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void noNPlusOne(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasNoNPlusOne();
    }

    @Test
    void noHighFindings(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasNoFindingsAtOrAbove(Severity.HIGH);
    }

    @Test
    void statementCount(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasStatementCount(1);
    }

    @Test
    void selectCount(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasSelectCountAtMost(5);
    }

    @Test
    void selectCountWithinLimit(QueryScope scope) throws SQLException {
      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThat(scope).hasSelectCountAtMost(11).hasStatementCount(11);
    }
  }

  /** customers has no index on email (planted): a lookup by email reads the whole table. */
  @QueryScopeTest
  static class FullScanSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void byEmail(QueryScope scope) throws SQLException {
      ShopQueries.customerNameByEmail(ds, "nobody@example.com");
      assertThat(scope).hasNoFullScansOnTablesLargerThan(100);
    }

    @Test
    void byId(QueryScope scope) throws SQLException {
      assertThat(ShopQueries.customerNameById(ds, 1)).isNotNull();
      assertThat(scope).hasNoFullScansOnTablesLargerThan(100);
    }
  }

  /** A lookup by an unindexed column: the plan shows a full scan, so missing-index fails it. */
  @QueryScopeTest(failOn = Severity.MEDIUM)
  static class PlanRuleSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void lookUpByEmail() throws SQLException {
      ShopQueries.customerNameByEmail(ds, "nobody@example.com");
    }
  }

  /** The same without EXPLAIN: no plan, so no plan rule can fail it. */
  @QueryScopeTest(failOn = Severity.MEDIUM, explain = false)
  static class NoExplainSample {
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      ds = scope.wrap(pool);
    }

    @Test
    void lookUpByEmail() throws SQLException {
      ShopQueries.customerNameByEmail(ds, "nobody@example.com");
    }
  }

  /** The scope reaches constructors and lifecycle methods; @BeforeEach work is not counted. */
  @ExtendWith(QueryScopeExtension.class)
  static class LifecycleSample {
    static QueryScope fromBeforeAll;
    static DataSource ds;
    final QueryScope fromConstructor;

    LifecycleSample(QueryScope scope) {
      this.fromConstructor = scope;
    }

    @BeforeAll
    static void wrap(QueryScope scope) {
      fromBeforeAll = scope;
      ds = scope.wrap(pool);
    }

    @BeforeEach
    void setUp(QueryScope scope) throws SQLException {
      ShopQueries.customerNameById(ds, 2);
      ShopQueries.customerNameById(ds, 3);
    }

    @Test
    void onlyTheBodyCounts(QueryScope scope) throws SQLException {
      ShopQueries.customerNameById(ds, 1);
      org.assertj.core.api.Assertions.assertThat(scope)
          .isSameAs(fromBeforeAll)
          .isSameAs(fromConstructor);
      assertThat(scope).hasStatementCount(1);
    }
  }

  @QueryScopeTest
  static class NestedSample {
    static QueryScope outer;
    static DataSource ds;

    @BeforeAll
    static void wrap(QueryScope scope) {
      outer = scope;
      ds = scope.wrap(pool);
    }

    @org.junit.jupiter.api.Nested
    class Inner {
      @Test
      void sharesTheOuterScope(QueryScope scope) {
        org.assertj.core.api.Assertions.assertThat(scope).isSameAs(outer);
      }

      @Test
      void failsOnItsOwn() throws SQLException {
        ShopQueries.itemCountsOneByOne(ds, 10);
        throw new AssertionError("the body's own failure");
      }
    }
  }

  @QueryScopeTest
  static class BadAllowSample {
    @Test
    @AllowFinding(rule = "n-plus-on", reason = "typo")
    void unknownRule() {}

    @Test
    @AllowFinding(rule = "n-plus-one", reason = " ")
    void blankReason() {}
  }
}
