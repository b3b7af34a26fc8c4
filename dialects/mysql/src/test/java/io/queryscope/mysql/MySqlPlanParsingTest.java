package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What rules rely on, asserted on recorded MariaDB plans and the manual-format MySQL 8 samples. */
class MySqlPlanParsingTest {

  private static Plan mysql(String name, String sql) throws Exception {
    String file =
        name + (name.startsWith("analyze-") || name.startsWith("tree-") ? ".tree.txt" : ".json");
    return new MySqlDialect().parsePlan(PlanFixtures.resource("plans/mysql/8.0/" + file), sql);
  }

  private static Plan mariadb(String name) throws Exception {
    String sql = ShopStatements.all().get(name.replace(".analyze", ""));
    return new MariaDbDialect()
        .parsePlan(PlanFixtures.resource("plans/mariadb/10.11/" + name + ".json"), sql);
  }

  private static PlanNode first(Plan plan, Operation op) {
    return plan.nodes().filter(n -> n.operation() == op).findFirst().orElseThrow();
  }

  @Test
  void aNodesRawJsonIsItsOwnWithoutTheNodesNestedInIt() throws Exception {
    Plan plan = mysql("join-eq-ref", "SELECT * FROM t1 JOIN t2 ON t1.a = t2.a WHERE t1.b = 5");
    assertThat(plan.root().rawJson()).contains("select_id").doesNotContain("table_name");
    PlanNode join = first(plan, Operation.NESTED_LOOP);
    assertThat(join.children().get(0).rawJson()).contains("\"t1\"").doesNotContain("\"t2\"");
    assertThat(join.children().get(1).rawJson()).contains("\"t2\"").doesNotContain("\"t1\"");
    assertThat(plan.rawJson()).contains("\"t1\"").contains("\"t2\"");
  }

  @Test
  void mysqlFlatNestedLoopBecomesAJoinWithTheInnerTableSecond() throws Exception {
    Plan plan = mysql("join-eq-ref", "SELECT * FROM t1 JOIN t2 ON t1.a = t2.a WHERE t1.b = 5");
    PlanNode join = first(plan, Operation.NESTED_LOOP);
    assertThat(join.children()).extracting(PlanNode::relation).containsExactly("t1", "t2");
    PlanNode inner = join.children().get(1);
    assertThat(inner.operation()).isEqualTo(Operation.INDEX_SCAN);
    assertThat(inner.index()).isEqualTo("PRIMARY");
    assertThat(inner.indexCondition()).isEqualTo("a = test.t1.a");
    assertThat(inner.details())
        .containsEntry("key_length", "4")
        .containsEntry("possible_keys", "PRIMARY");
    PlanNode outer = join.children().get(0);
    assertThat(outer.operation()).isEqualTo(Operation.FULL_SCAN);
    assertThat(outer.filter()).contains("`test`.`t1`.`b` = 5");
    assertThat(outer.estimates().rowsExamined()).isEqualTo(10);
    assertThat(outer.estimates().rows()).isEqualTo(1);
    assertThat(plan.totalCost()).isEqualTo(4.15);
    assertThat(join.estimates().totalCost()).isEqualTo(1.40);
  }

  @Test
  void mysqlFilesortAndTemporaryTableBecomeNodes() throws Exception {
    Plan plan =
        mysql(
            "join-order-by-temporary",
            "SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id");
    assertThat(plan.nodes().map(PlanNode::operation))
        .containsSubsequence(
            Operation.SORT,
            Operation.TEMPORARY_TABLE,
            Operation.NESTED_LOOP,
            Operation.FULL_SCAN,
            Operation.INDEX_SCAN);
    assertThat(first(plan, Operation.FULL_SCAN).relation()).isEqualTo("customers");
    assertThat(first(plan, Operation.FULL_SCAN).alias()).isEqualTo("c");
    assertThat(first(plan, Operation.SORT).details()).containsEntry("sort_cost", "1996.00");
  }

  @Test
  void mysqlGroupingDerivedHashJoinCoveringAndUpdate() throws Exception {
    assertThat(first(mysql("group-by-temporary", null), Operation.AGGREGATE).children())
        .extracting(PlanNode::operation)
        .containsExactly(Operation.TEMPORARY_TABLE);
    assertThat(first(mysql("derived-materialized", null), Operation.MATERIALIZE).children())
        .hasSize(1);
    assertThat(mysql("hash-join", null).root().children().get(0).operation())
        .isEqualTo(Operation.HASH_JOIN);
    assertThat(mysql("covering-range", null).root().children().get(0).operation())
        .isEqualTo(Operation.INDEX_ONLY_SCAN);
    assertThat(
            mysql("group-by-index", null)
                .nodes()
                .anyMatch(n -> n.operation() == Operation.FULL_INDEX_SCAN))
        .isTrue();
    assertThat(mysql("update-range", null).root().children().get(0).operation())
        .isEqualTo(Operation.MODIFY);
    assertThat(mysql("union-result", null).root().children().get(0).children()).hasSize(2);
    assertThat(mysql("no-tables", null).root().details())
        .containsEntry("message", "No tables used");
  }

  @Test
  void explainAnalyzeTreeGivesActualsAndFoldsFilters() throws Exception {
    Plan plan =
        mysql(
            "analyze-nested-loop-sort-limit",
            "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id");
    assertThat(plan.analyzed()).isTrue();
    assertThat(plan.root().operation()).isEqualTo(Operation.LIMIT);
    PlanNode scan = first(plan, Operation.FULL_SCAN);
    assertThat(scan.relation()).isEqualTo("orders");
    assertThat(scan.filter()).isEqualTo("(o.`status` = 'pending')");
    assertThat(scan.actuals().rows()).isEqualTo(200);
    assertThat(scan.rowsRemovedByFilter()).isEqualTo(9_800);
    assertThat(scan.estimates().rowsExamined()).isEqualTo(10_010);
    PlanNode lookup = first(plan, Operation.INDEX_SCAN);
    assertThat(lookup.relation()).isEqualTo("customers");
    assertThat(lookup.index()).isEqualTo("PRIMARY");
    assertThat(lookup.indexCondition()).isEqualTo("id=o.customer_id");
    assertThat(lookup.actuals().loops()).isEqualTo(10);
    assertThat(first(plan, Operation.SORT).sort().keys()).containsExactly("o.created_at DESC");
    assertThat(plan.executionTimeMs()).isEqualTo(9.894);
  }

  @Test
  void treeLinesWrappedAsInTheManualStillParse() throws Exception {
    Plan plan = mysql("analyze-hash-join", "SELECT * FROM t1 JOIN t2 ON (t1.c1 = t2.c2)");
    assertThat(plan.root().operation()).isEqualTo(Operation.HASH_JOIN);
    assertThat(plan.root().joinCondition()).isEqualTo("t2.c2 = t1.c1");
    assertThat(plan.root().actuals().rows()).isEqualTo(6);
    assertThat(first(plan, Operation.HASH).children().get(0).relation()).isEqualTo("t1");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void neverExecutedNodesHaveZeroLoops() throws Exception {
    Plan plan = mysql("analyze-never-executed", null);
    assertThat(first(plan, Operation.INDEX_SCAN).actuals().loops()).isZero();
    assertThat(plan.root().joinType()).isEqualTo("Semi");
  }

  @Test
  void mariaDbAnalyzeGivesRowsPerLoopAndRowsRemoved() throws Exception {
    Plan plan = mariadb("orders-pending-in-month.analyze");
    assertThat(plan.analyzed()).isTrue();
    PlanNode scan = first(plan, Operation.FULL_SCAN);
    assertThat(scan.relation()).isEqualTo("orders");
    assertThat(scan.actuals().loops()).isEqualTo(1);
    assertThat(scan.actuals().rows() + scan.rowsRemovedByFilter()).isEqualTo(10_000);
    assertThat(scan.details()).containsKeys("r_filtered", "filtered");
    assertThat(plan.planningTimeMs()).isGreaterThan(0);
    assertThat(plan.executionTimeMs()).isGreaterThan(0);
  }

  @Test
  void mariaDbPlantedFullScanOnCustomersEmail() throws Exception {
    PlanNode scan = first(mariadb("customer-by-email"), Operation.FULL_SCAN);
    assertThat(scan.relation()).isEqualTo("customers");
    assertThat(scan.filter()).contains("email");
    assertThat(scan.estimates().rowsExamined()).isGreaterThan(1_000);
  }

  @Test
  void mariaDbSortAndJoinShapes() throws Exception {
    Plan top = mariadb("top-products");
    assertThat(first(top, Operation.SORT).sort().keys()).isNotEmpty();
    assertThat(top.nodes().anyMatch(n -> n.operation() == Operation.TEMPORARY_TABLE)).isTrue();
    Plan join = mariadb("order-with-customer");
    assertThat(join.nodes().anyMatch(n -> n.operation().isJoin())).isTrue();
    assertThat(join.nodes().filter(n -> n.relation() != null).map(PlanNode::relation))
        .contains("orders", "customers");
  }

  @Test
  void unknownKeysAndNodesAreWarningsNotFailures() {
    String json =
        "{\"query_block\": {\"select_id\": 1, \"future_thing\": {\"table\": {\"table_name\": \"t\","
            + " \"access_type\": \"teleport\", \"rows\": 5, \"shiny\": 1}}}}";
    Plan plan = new MariaDbDialect().parsePlan(json, "select * from t");
    assertThat(plan.warnings())
        .anyMatch(w -> w.contains("future_thing"))
        .anyMatch(w -> w.contains("teleport"))
        .anyMatch(w -> w.contains("shiny"));
    assertThat(first(plan, Operation.OTHER).nodeType()).isEqualTo("future_thing");
  }

  @Test
  void malformedJsonIsOneClearLine() {
    for (String bad : List.of("{\"query_block\": {", "[1, 2]", "{\"plan\": 1}", " ")) {
      assertThatThrownBy(() -> new MySqlDialect().parsePlan(bad, null))
          .isInstanceOf(QueryScopeException.class)
          .satisfies(
              e -> assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.MALFORMED_PLAN))
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .doesNotContain("\n")
                      .containsAnyOf("EXPLAIN FORMAT=JSON", "JSON"));
    }
  }

  @Test
  void recognizesBothPlanFormats() throws Exception {
    MySqlDialect d = new MySqlDialect();
    assertThat(d.recognizesPlan(PlanFixtures.resource("plans/mysql/8.0/join-eq-ref.json")))
        .isTrue();
    assertThat(
            d.recognizesPlan(PlanFixtures.resource("plans/mysql/8.0/analyze-filter-scan.tree.txt")))
        .isTrue();
    assertThat(d.recognizesPlan("[{\"Plan\": {\"Node Type\": \"Seq Scan\"}}]")).isFalse();
    String maria = PlanFixtures.resource("plans/mariadb/10.11/customer-by-email.json");
    assertThat(new MariaDbDialect().recognizesPlan(maria)).isTrue();
    assertThat(d.recognizesPlan(maria)).isFalse();
    assertThat(
            new MariaDbDialect()
                .recognizesPlan(PlanFixtures.resource("plans/mysql/8.0/join-eq-ref.json")))
        .isFalse();
  }
}
