package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PostgresExplainTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.02);

  private static Connection connection;
  private static DialectSession session;

  @BeforeAll
  static void open() throws SQLException {
    connection = db.connection();
    session = new PostgresDialect().open(connection, SessionOptions.DEFAULTS);
  }

  @AfterAll
  static void close() throws SQLException {
    session.close();
    connection.close();
  }

  @Test
  void estimatesWithoutRunning() {
    Plan plan =
        session.explain("select * from customers where email = 'nobody'", ExplainOptions.ESTIMATE);
    assertThat(plan.analyzed()).isFalse();
    assertThat(plan.source()).isEqualTo(PlanSource.EXPLAIN);
    PlanNode scan = plan.root();
    assertThat(scan.operation()).isEqualTo(Operation.FULL_SCAN);
    assertThat(scan.relation()).isEqualTo("customers");
    assertThat(scan.filter()).contains("email");
    assertThat(plan.totalCost()).isPositive();
    assertThat(plan.rawJson()).contains("\"Seq Scan\"");
  }

  @Test
  void analyzesAPlainSelectWithActualsAndBuffers() {
    Plan plan =
        session.explain(
            "select o.id, c.email from orders o join customers c on c.id = o.customer_id"
                + " where o.status = 'pending'",
            ExplainOptions.ANALYZE);
    assertThat(plan.analyzed()).isTrue();
    assertThat(plan.source()).isEqualTo(PlanSource.EXPLAIN_ANALYZE);
    assertThat(plan.executionTimeMs()).isNotNaN();
    assertThat(plan.nodes().filter(n -> n.operation().isJoin())).isNotEmpty();
    PlanNode ordersScan =
        plan.nodes().filter(n -> "orders".equals(n.relation())).findFirst().orElseThrow();
    assertThat(ordersScan.actuals().loops()).isPositive();
    assertThat(ordersScan.rowsRemovedByFilter()).isPositive();
    assertThat(ordersScan.buffers()).isNotNull();
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void placeholdersGetAGenericPlanOnSixteenAndLater() {
    assumeThat(session.target().serverVersion().atLeast(16)).as("PostgreSQL 16+").isTrue();
    Plan plan =
        session.explain(
            "select * from orders where customer_id = ? and status in (...)",
            ExplainOptions.ESTIMATE);
    assertThat(plan.source()).isEqualTo(PlanSource.GENERIC_PLAN);
    assertThat(plan.nodes().map(PlanNode::relation)).contains("orders");
    assertThat(plan.sql())
        .isEqualTo("select * from orders where customer_id = ? and status in (...)");

    Plan askedToAnalyze =
        session.explain("select * from orders where id = $1", ExplainOptions.ANALYZE);
    assertThat(askedToAnalyze.source()).isEqualTo(PlanSource.GENERIC_PLAN);
    assertThat(askedToAnalyze.analyzed()).isFalse();
    assertThat(askedToAnalyze.warnings()).anyMatch(w -> w.contains("ANALYZE skipped"));
  }

  @Test
  void placeholdersWithoutSamplesBeforeSixteenGetAPreparedGenericPlan() {
    assumeThat(session.target().serverVersion().atLeast(16)).as("PostgreSQL before 16").isFalse();
    Plan plan =
        session.explain(
            "select * from orders where customer_id = ? and status in (...)",
            ExplainOptions.ANALYZE);
    assertThat(plan.source()).isEqualTo(PlanSource.GENERIC_PLAN);
    assertThat(plan.analyzed()).isFalse();
    assertThat(plan.nodes().map(PlanNode::relation)).contains("orders");
    assertThat(plan.warnings()).anyMatch(w -> w.contains("force_generic_plan"));
    // Nothing is left behind in the session: no prepared statement, the setting restored.
    assertThat(single("select count(*) from pg_prepared_statements where name like 'queryscope%'"))
        .isEqualTo("0");
    assertThat(single("select current_setting('plan_cache_mode')")).isEqualTo("auto");

    // A placeholder whose type the server cannot infer gets one clear line, no plan.
    assertThatThrownBy(() -> session.explain("select $1 + $2", ExplainOptions.ESTIMATE))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("could not plan the statement generically")
        .hasMessageContaining("concrete values")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.ANALYSIS_FAILED);
  }

  @Test
  void sampleBindsFillPlaceholdersAndAllowAnalyze() {
    Plan plan =
        session.explain(
            "select * from orders where customer_id = ? and status = ?",
            ExplainOptions.ANALYZE.withSampleBinds(List.of("7", "it's")));
    assertThat(plan.analyzed()).isTrue();
    assertThat(plan.rawJson()).contains("'it''s'");
  }

  @Test
  void writesAreNotAnalyzedUnlessAllowedAndThenRolledBack() throws SQLException {
    long before = count("reviews");
    Plan estimate = session.explain("delete from reviews where rating = 1", ExplainOptions.ANALYZE);
    assertThat(estimate.analyzed()).isFalse();
    assertThat(estimate.warnings())
        .anyMatch(w -> w.contains("ANALYZE skipped") && w.contains("DELETE"));

    Plan analyzed =
        session.explain(
            "delete from reviews where rating = 1",
            new ExplainOptions(true, true, true, List.of()));
    assertThat(analyzed.analyzed()).isTrue();
    assertThat(analyzed.root().operation()).isEqualTo(Operation.MODIFY);
    assertThat(analyzed.warnings()).anyMatch(w -> w.contains("rolled back"));
    assertThat(count("reviews")).isEqualTo(before);
  }

  @Test
  void lockingReadsAndVolatileFunctionsAreNotPlainReads() {
    Plan forUpdate =
        session.explain("select * from orders where id = 1 for update", ExplainOptions.ANALYZE);
    assertThat(forUpdate.analyzed()).isFalse();
    assertThat(forUpdate.warnings()).anyMatch(w -> w.contains("FOR UPDATE"));

    Plan advisory =
        session.explain(
            "select pg_advisory_lock(id) from orders where id = 1", ExplainOptions.ANALYZE);
    assertThat(advisory.analyzed()).isFalse();
    assertThat(advisory.warnings()).anyMatch(w -> w.contains("pg_advisory_lock"));

    Plan writingCte =
        session.explain(
            "with gone as (delete from reviews where id = 1 returning id) select * from gone",
            ExplainOptions.ANALYZE);
    assertThat(writingCte.analyzed()).isFalse();
    assertThat(writingCte.warnings()).anyMatch(w -> w.contains("DELETE"));

    Plan harmless =
        session.explain("select count(*), max(lower(status)) from orders", ExplainOptions.ANALYZE);
    assertThat(harmless.analyzed()).isTrue();
  }

  @Test
  void refusesMoreThanOneStatement() {
    assertThatThrownBy(
            () ->
                session.explain(
                    "select 1; set default_transaction_read_only = off", ExplainOptions.ESTIMATE))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("one statement at a time")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_SQL);
  }

  @Test
  void theSessionIsReadOnlyWithTimeouts() throws SQLException {
    try (Statement st = connection.createStatement()) {
      assertThat(show(st, "default_transaction_read_only")).isEqualTo("on");
      assertThat(show(st, "statement_timeout")).isEqualTo("30s");
      assertThat(show(st, "lock_timeout")).isEqualTo("2s");
      assertThatThrownBy(
              () -> st.execute("insert into categories (id, name, slug) values (999, 'x', 'x')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only transaction");
    }
  }

  @Test
  void closingRestoresTheCallersSettings() throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute("set statement_timeout = '7s'");
      new PostgresDialect().open(c, SessionOptions.DEFAULTS).close();
      assertThat(show(st, "statement_timeout")).isEqualTo("7s");
      assertThat(show(st, "default_transaction_read_only")).isEqualTo("off");
    }
  }

  @Test
  void refusesAConnectionInsideTheCallersTransaction() throws SQLException {
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("select 1");
      }
      assertThatThrownBy(() -> new PostgresDialect().open(c, SessionOptions.DEFAULTS))
          .isInstanceOf(QueryScopeException.class)
          .hasMessageContaining("inside an open transaction")
          .extracting(e -> ((QueryScopeException) e).code())
          .isEqualTo(ErrorCode.USAGE);
      c.rollback();
    }
  }

  private static String show(Statement st, String setting) throws SQLException {
    try (ResultSet rs = st.executeQuery("show " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(String table) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** On the analyzer session's own connection: prepared statements and settings are per session. */
  private static String single(String sql) {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
