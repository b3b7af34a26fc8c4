package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import org.junit.jupiter.api.Test;

/**
 * Edge cases of the parser on small inputs; real server output is covered by the recorded fixtures
 * in {@link PlanFixturesGoldenTest}.
 */
class PostgresExplainParserTest {

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void malformedJsonNamesWhereItBroke() {
    assertThatThrownBy(() -> dialect.parsePlan("[{\"Plan\": {\"Node Type\": \"Seq Scan\",\n", "x"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("not valid JSON at line 2")
        .hasMessageContaining("EXPLAIN (FORMAT JSON)")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_PLAN);
  }

  @Test
  void aNodesRawJsonIsItsOwnWithoutItsChildrenSoDepthDoesNotMultiplyIt() {
    Plan plan =
        dialect.parsePlan(
            "[{\"Plan\": {\"Node Type\": \"Limit\", \"Total Cost\": 3.5,"
                + " \"Plans\": [{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\"}]}}]",
            "select * from t limit 1");
    assertThat(plan.root().rawJson()).isEqualTo("{\"Node Type\":\"Limit\",\"Total Cost\":3.5}");
    assertThat(plan.root().children().get(0).rawJson()).contains("\"Relation Name\":\"t\"");
    assertThat(plan.rawJson()).contains("Seq Scan");
  }

  @Test
  void aPlanNestedDeeperThanTheLimitSaysHowDeep() {
    String deep =
        "[{\"Plan\": "
            + "{\"Node Type\": \"Limit\", \"Plans\": [".repeat(700)
            + "{\"Node Type\": \"Result\"}"
            + "]}".repeat(700)
            + "}]";
    assertThatThrownBy(() -> dialect.parsePlan(deep, "select 1"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage(
            "the plan is nested 1403 levels deep; queryscope reads plans up to 1000 levels (JSON"
                + " objects and arrays inside each other)")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_PLAN);
  }

  @Test
  void jsonWithoutAPlanIsRejected() {
    assertThatThrownBy(() -> dialect.parsePlan("{\"query_block\": {}}", null))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("no \"Plan\" object")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_PLAN);
  }

  @Test
  void unknownNodesAndKeysBecomeWarnings() {
    Plan plan =
        dialect.parsePlan(
            "[{\"Plan\": {\"Node Type\": \"Teleport\", \"Total Cost\": 3.5, \"Flux\": 1,"
                + " \"Plans\": [{\"Node Type\": \"Seq Scan\", \"Relation Name\": \"t\"}]},"
                + " \"Future\": true}]",
            "select 1");
    assertThat(plan.root().operation()).isEqualTo(Operation.OTHER);
    assertThat(plan.root().nodeType()).isEqualTo("Teleport");
    assertThat(plan.totalCost()).isEqualTo(3.5);
    assertThat(plan.root().children())
        .singleElement()
        .satisfies(n -> assertThat(n.operation()).isEqualTo(Operation.FULL_SCAN));
    assertThat(plan.warnings())
        .anyMatch(w -> w.contains("unknown node type \"Teleport\""))
        .anyMatch(w -> w.contains("unknown key \"Flux\""))
        .anyMatch(w -> w.contains("unknown top-level key \"Future\""));
  }

  @Test
  void removedRowsAreTotalledOverLoopsAndBuffersRead() {
    Plan plan =
        dialect.parsePlan(
            "[{\"Plan\": {\"Node Type\": \"Index Scan\", \"Index Name\": \"i\","
                + " \"Relation Name\": \"t\", \"Alias\": \"t1\", \"Index Cond\": \"(a = b)\","
                + " \"Filter\": \"(c > 1)\", \"Rows Removed by Filter\": 2.5,"
                + " \"Actual Rows\": 1, \"Actual Loops\": 4, \"Actual Total Time\": 0.5,"
                + " \"Shared Hit Blocks\": 7, \"Shared Read Blocks\": 3,"
                + " \"Temp Read Blocks\": 0, \"Temp Written Blocks\": 0}}]",
            "select");
    PlanNode node = plan.root();
    assertThat(plan.analyzed()).isTrue();
    assertThat(node.operation()).isEqualTo(Operation.INDEX_SCAN);
    assertThat(node.rowsRemovedByFilter()).isEqualTo(10);
    assertThat(node.actuals().totalRows()).isEqualTo(4);
    assertThat(node.buffers().sharedHit()).isEqualTo(7);
    assertThat(node.buffers().sharedRead()).isEqualTo(3);
    assertThat(node.alias()).isEqualTo("t1");
  }

  @Test
  void indexScanWithoutConditionWalksTheWholeIndex() {
    Plan plan =
        dialect.parsePlan(
            "[{\"Plan\": {\"Node Type\": \"Index Scan\", \"Index Name\": \"pk\"}}]", null);
    assertThat(plan.root().operation()).isEqualTo(Operation.FULL_INDEX_SCAN);
    assertThat(plan.analyzed()).isFalse();
    assertThat(plan.root().actuals()).isNull();
  }
}
