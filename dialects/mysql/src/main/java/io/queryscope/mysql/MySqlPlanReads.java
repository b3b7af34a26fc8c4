package io.queryscope.mysql;

import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;

/**
 * The rows a plan expects to read across its table accesses: a nested loop reads its inner side
 * once per outer row. MariaDB 10.x prints no costs, so this is the common yardstick for comparing
 * two plans of one statement on both servers.
 */
final class MySqlPlanReads {

  private MySqlPlanReads() {}

  static double of(Plan plan) {
    return of(plan.root());
  }

  static double of(PlanNode node) {
    if (node.operation().isScan()) {
      double own = node.estimates().rowsExamined();
      if (Double.isNaN(own)) {
        own = node.estimates().rows();
      }
      own = Double.isNaN(own) ? 0 : own;
      return own + children(node);
    }
    if (node.operation() == Operation.NESTED_LOOP && node.children().size() == 2) {
      PlanNode outer = node.children().get(0);
      PlanNode inner = node.children().get(1);
      double outerRows = outer.estimates().rows();
      outerRows = Double.isNaN(outerRows) ? 1 : Math.max(1, outerRows);
      return of(outer) + outerRows * of(inner);
    }
    return children(node);
  }

  private static double children(PlanNode node) {
    double sum = 0;
    for (PlanNode c : node.children()) {
      sum += of(c);
    }
    return sum;
  }

  /** True when some node of the plan reads {@code table} through {@code index}. */
  static boolean uses(Plan plan, String table, String index) {
    return plan.nodes()
        .anyMatch(
            n ->
                n.index() != null
                    && n.relation() != null
                    && n.relation().equalsIgnoreCase(table)
                    && (n.index().equalsIgnoreCase(index)
                        || n.index()
                            .toLowerCase(java.util.Locale.ROOT)
                            .contains(index.toLowerCase(java.util.Locale.ROOT))));
  }
}
