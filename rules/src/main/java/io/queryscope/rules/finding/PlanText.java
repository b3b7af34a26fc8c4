package io.queryscope.rules.finding;

import io.queryscope.core.plan.PlanNode;
import java.util.Locale;

/** Plan nodes in a person's words: "Seq Scan on orders (filter removed 99.8% of 100,000 rows)". */
public final class PlanText {

  private PlanText() {}

  public static String node(PlanNode node) {
    StringBuilder s =
        new StringBuilder(node.nodeType() == null ? node.operation().name() : node.nodeType());
    if (node.index() != null) {
      s.append(" using ").append(node.index());
    }
    if (node.relation() != null) {
      s.append(" on ").append(node.relation());
    }
    return s.toString();
  }

  /** The node plus what it read and returned, when the plan ran. */
  public static String withRows(PlanNode node) {
    String base = node(node);
    if (node.actuals() == null) {
      return Double.isNaN(node.estimates().rows())
          ? base
          : String.format(Locale.ROOT, "%s (estimated %,.0f rows)", base, node.estimates().rows());
    }
    double returned = node.actuals().totalRows();
    if (node.rowsRemovedByFilter() > 0) {
      double read = returned + node.rowsRemovedByFilter();
      return String.format(
          Locale.ROOT,
          "%s (read %,.0f rows to return %,.0f: the filter removed %.1f%%)",
          base,
          read,
          returned,
          100.0 * node.rowsRemovedByFilter() / read);
    }
    return String.format(Locale.ROOT, "%s (returned %,.0f rows)", base, returned);
  }
}
