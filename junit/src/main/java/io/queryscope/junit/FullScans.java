package io.queryscope.junit;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.sql.FingerprintId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Full table scans in a test's plans, on tables the catalog (or the plan) says are large. */
final class FullScans {

  /** One table read in full by one statement shape. */
  record FullScan(String fingerprint, String table, long tableRows, PlanNode node) {}

  private FullScans() {}

  static List<FullScan> larger(Map<Long, Plan> plans, Catalog catalog, long rows) {
    List<FullScan> found = new ArrayList<>();
    for (Map.Entry<Long, Plan> e : plans.entrySet()) {
      Set<String> seen = new LinkedHashSet<>();
      e.getValue()
          .nodes()
          .filter(n -> n.operation() == Operation.FULL_SCAN && n.relation() != null)
          .forEach(
              n -> {
                long size = tableRows(catalog, n);
                if (size > rows && seen.add(n.relation())) {
                  found.add(new FullScan(FingerprintId.hex(e.getKey()), n.relation(), size, n));
                }
              });
    }
    return found;
  }

  /**
   * The catalog's row estimate; else what the plan expected to read. -1 when neither knows (a table
   * never analysed).
   */
  private static long tableRows(Catalog catalog, PlanNode node) {
    Optional<TableInfo> table =
        catalog == null
            ? Optional.empty()
            : catalog.table(
                node.schema() == null ? node.relation() : node.schema() + "." + node.relation());
    long fromCatalog = table.map(TableInfo::estimatedRows).orElse(-1L);
    double examined = node.estimates().rowsExamined();
    long fromPlan = Double.isNaN(examined) ? -1 : (long) examined;
    return Math.max(fromCatalog, fromPlan);
  }
}
