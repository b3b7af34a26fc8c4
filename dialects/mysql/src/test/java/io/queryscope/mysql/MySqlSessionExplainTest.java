package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MySqlTest
class MySqlSessionExplainTest {

  private static Connection connection;
  private static MySqlSession session;

  @BeforeAll
  static void open(TestDatabase db) throws Exception {
    MySqlTestSchema.load(db);
    connection = db.connection();
    Dialect dialect = Dialects.forConnection(connection);
    session = (MySqlSession) dialect.open(connection, SessionOptions.DEFAULTS);
  }

  @AfterAll
  static void close() throws Exception {
    session.close();
    connection.close();
  }

  @Test
  void detectsTheServerFamilyFromTheConnection() throws Exception {
    String version;
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select version()")) {
      rs.next();
      version = rs.getString(1);
    }
    DatabaseKind expected =
        version.toLowerCase().contains("mariadb") ? DatabaseKind.MARIADB : DatabaseKind.MYSQL;
    assertThat(Dialects.forConnection(connection).kind()).isEqualTo(expected);
    assertThat(session.target().dialect()).isEqualTo(expected);
    assertThat(session.target().serverVersion().major()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void aJoinBecomesANestedLoopWhoseInnerSideIsResolvedToItsTable() {
    Plan plan =
        session.explain(
            "select c.email, o.total from customers c join orders o on o.customer_id = c.id where"
                + " o.status = 'failed'",
            ExplainOptions.ESTIMATE);
    assertThat(plan.analyzed()).isFalse();
    PlanNode join = plan.nodes().filter(n -> n.operation().isJoin()).findFirst().orElseThrow();
    assertThat(join.children()).hasSize(2);
    PlanNode outer = join.children().get(0);
    PlanNode inner = join.children().get(1);
    assertThat(outer.operation()).isIn(Operation.FULL_SCAN, Operation.FULL_INDEX_SCAN);
    assertThat(outer.estimates().rowsExamined()).isGreaterThan(1_000);
    assertThat(inner.operation()).isIn(Operation.INDEX_SCAN, Operation.INDEX_ONLY_SCAN);
    assertThat(inner.index()).isNotNull();
    assertThat(inner.indexCondition()).contains(" = ");
    PlanNode orders =
        plan.nodes().filter(n -> "orders".equals(n.relation())).findFirst().orElseThrow();
    assertThat(orders.alias()).isEqualTo("o");
    assertThat(orders.filter()).contains("failed");
    assertThat(orders.details()).containsKeys("access_type", "filtered");
    assertThat(plan.nodes().filter(n -> "customers".equals(n.relation())).findFirst())
        .get()
        .extracting(PlanNode::alias)
        .isEqualTo("c");
    assertThat(plan.rawJson()).contains("query_block");
  }

  @Test
  void analyzeFillsActualRowsAndTimes() {
    Plan plan =
        session.explain(
            "select * from orders where status = 'failed' order by total", ExplainOptions.ANALYZE);
    assertThat(plan.analyzed()).isTrue();
    assertThat(plan.source()).isEqualTo(Plan.PlanSource.EXPLAIN_ANALYZE);
    PlanNode scan =
        plan.nodes().filter(n -> n.operation() == Operation.FULL_SCAN).findFirst().orElseThrow();
    assertThat(scan.actuals()).isNotNull();
    assertThat(scan.actuals().totalRows()).isEqualTo(200);
    assertThat(scan.rowsRemovedByFilter()).isEqualTo(19_800);
    assertThat(plan.nodes().anyMatch(n -> n.operation() == Operation.SORT)).isTrue();
    assertThat(plan.executionTimeMs()).isGreaterThan(0);
  }

  @Test
  void sampleBindsFillPlaceholders() {
    Plan plan =
        session.explain(
            "select * from orders where customer_id = ? and status = ?",
            ExplainOptions.ESTIMATE.withSampleBinds(List.of("42", "paid")));
    assertThat(plan.sql()).contains("customer_id = 42").contains("status = 'paid'");
    assertThat(plan.nodes().anyMatch(n -> "orders".equals(n.relation()))).isTrue();
  }

  @Test
  void placeholdersWithoutValuesSayWhatToGive() {
    assertThatThrownBy(
            () -> session.explain("select * from orders where id = ?", ExplainOptions.ESTIMATE))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("sample values")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.USAGE);
  }

  @Test
  void writesAreNotAnalysedUnlessAllowedAndThenRolledBack() throws Exception {
    String update = "update orders set status = 'lost' where id = 7";
    assertThatThrownBy(() -> session.explain(update, ExplainOptions.ANALYZE))
        .isInstanceOf(QueryScopeException.class)
        // The CLI has no option to run writes: the message names what the user can do instead.
        .hasMessageContaining("explain it without --analyze, which plans it without running it")
        .hasMessageNotContaining("--allow-writes");
    Plan plan = session.explain(update, new ExplainOptions(true, false, true, List.of()));
    assertThat(plan.analyzed()).isTrue();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("select status from orders where id = 7")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("paid");
    }
  }

  @Test
  void ddlIsNeverExecuted() {
    assertThatThrownBy(() -> session.explain("drop table orders", ExplainOptions.ANALYZE))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("DDL");
  }

  @Test
  void theSessionRefusesWrites() {
    assertThatThrownBy(
            () -> {
              try (Statement st = connection.createStatement()) {
                st.executeUpdate("update orders set status = 'x' where id = 1");
              }
            })
        .hasMessageContaining("READ ONLY");
  }
}
