package io.queryscope.rules.index;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A place in a plan where an index would help: a full scan whose filter throws most rows away, a
 * full scan repeated as the inner side of a nested loop, or a sort of a whole table for {@code
 * ORDER BY … LIMIT}. Carries the figures the finding states: rows read and returned per execution.
 */
record ScanFinding(
    Kind kind,
    PlanNode scan,
    double tableRows,
    double rowsRead,
    double rowsReturned,
    long loops,
    double costShare,
    double timeMs) {

  enum Kind {
    FILTERED_SCAN,
    NESTED_LOOP_INNER,
    SORT_FOR_LIMIT
  }

  double filteredShare() {
    return rowsRead <= 0 ? 0 : Math.max(0, 1 - rowsReturned / rowsRead);
  }

  static List<ScanFinding> find(Plan plan, Catalog catalog) {
    List<ScanFinding> out = new ArrayList<>();
    walk(plan, plan.root(), null, false, catalog, out);
    return out;
  }

  private static void walk(
      Plan plan,
      PlanNode node,
      PlanNode parent,
      boolean underLimit,
      Catalog catalog,
      List<ScanFinding> out) {
    if (node.operation() == Operation.FULL_SCAN && node.relation() != null) {
      boolean inner =
          parent != null
              && parent.operation() == Operation.NESTED_LOOP
              && parent.children().size() > 1
              && parent.children().get(1) == node;
      Kind kind = inner ? Kind.NESTED_LOOP_INNER : Kind.FILTERED_SCAN;
      if (inner || node.filter() != null) {
        out.add(of(kind, plan, node, catalog));
      }
    }
    if (node.operation() == Operation.SORT && underLimit) {
      node.stream()
          .filter(n -> n != node && n.operation().isScan() && n.relation() != null)
          .findFirst()
          .ifPresent(scan -> out.add(of(Kind.SORT_FOR_LIMIT, plan, scan, catalog)));
    }
    boolean limit = underLimit || node.operation() == Operation.LIMIT;
    for (PlanNode child : node.children()) {
      walk(plan, child, node, limit && node.operation() != Operation.AGGREGATE, catalog, out);
    }
  }

  private static ScanFinding of(Kind kind, Plan plan, PlanNode n, Catalog catalog) {
    double tableRows =
        catalog
            .table(n.schema() == null ? n.relation() : n.schema() + "." + n.relation())
            .map(TableInfo::estimatedRows)
            .filter(r -> r >= 0)
            .map(Long::doubleValue)
            .orElse(n.estimates().rowsExamined());
    long loops = n.actuals() == null ? 1 : Math.max(1, n.actuals().loops());
    double returned;
    double read;
    if (n.actuals() != null) {
      returned = n.actuals().rows();
      read = returned + Math.max(0, n.rowsRemovedByFilter()) / (double) loops;
    } else {
      returned = n.estimates().rows();
      read = !Double.isNaN(n.estimates().rowsExamined()) ? n.estimates().rowsExamined() : tableRows;
    }
    if (kind == Kind.FILTERED_SCAN) {
      // A filtered scan's loops are parallel workers sharing one pass: report the whole pass.
      returned *= loops;
      read *= loops;
    }
    if (Double.isNaN(tableRows)
        || (n.operation() == Operation.FULL_SCAN && n.actuals() != null && read > tableRows)) {
      // An executed full scan read the whole table: that count beats a sampled estimate (InnoDB's
      // TABLE_ROWS can be off by half right after a bulk load).
      tableRows = read;
    }
    double rootCost = plan.totalCost();
    double share =
        rootCost > 0 && !Double.isNaN(n.estimates().totalCost())
            ? Math.min(1, n.estimates().totalCost() / rootCost)
            : Double.NaN;
    double time = n.actuals() == null ? Double.NaN : n.actuals().inclusiveTimeMs();
    return new ScanFinding(kind, n, tableRows, read, returned, loops, share, time);
  }
}
