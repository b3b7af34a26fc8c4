package io.queryscope.regression;

import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.plan.SortInfo;
import java.util.List;

/** Small plan trees built the way a dialect builds them, for the neutral-logic tests. */
final class TestPlans {

  private TestPlans() {}

  static PlanNode.Builder node(Operation operation, double cost, double rows) {
    return PlanNode.builder(operation)
        .nodeType(operation.name())
        .estimates(new Estimates(0, cost, rows, Double.NaN, 8));
  }

  static PlanNode fullScan(String table, double cost, double rows) {
    return node(Operation.FULL_SCAN, cost, rows).nodeType("Seq Scan").relation(table).build();
  }

  static PlanNode indexScan(String table, String index, double cost, double rows) {
    return node(Operation.INDEX_SCAN, cost, rows)
        .nodeType("Index Scan")
        .relation(table)
        .index(index)
        .build();
  }

  static PlanNode indexOnlyScan(String table, String index, double cost, double rows) {
    return node(Operation.INDEX_ONLY_SCAN, cost, rows)
        .nodeType("Index Only Scan")
        .relation(table)
        .index(index)
        .build();
  }

  static PlanNode join(Operation method, double cost, PlanNode outer, PlanNode inner) {
    return node(method, cost, 100).joinType("Inner").child(outer).child(inner).build();
  }

  static PlanNode sort(double cost, PlanNode input, boolean spilled) {
    return node(Operation.SORT, cost, input.estimates().rows())
        .nodeType("Sort")
        .sort(
            new SortInfo(
                List.of("created_at"), spilled ? "external merge" : "quicksort", 64, spilled))
        .child(input)
        .build();
  }

  /** A node that ran: {@code actualRows} per loop, one loop. */
  static PlanNode ran(PlanNode node, double actualRows) {
    return node.toBuilder().actuals(new Actuals(actualRows, 0, 1, 1)).build();
  }

  static RecordedPlan plan(PlanNode root) {
    return RecordedPlan.of(RecordedNode.from(root), root.actuals() != null, null);
  }

  static RecordedPlan timed(PlanNode root, Timing timing) {
    return RecordedPlan.of(RecordedNode.from(root), true, timing);
  }

  static BaselineStatement baseline(String id, RecordedPlan plan) {
    return new BaselineStatement(new StatementSpec(id, "select 1", List.of(), null), plan);
  }
}
