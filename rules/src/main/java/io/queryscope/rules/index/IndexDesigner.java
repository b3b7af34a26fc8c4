package io.queryscope.rules.index;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.dialect.CandidateIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Designs the index a statement needs on one table: equality columns first, most selective first
 * (by distinct values from the catalog's column statistics); then one range column, since a B-tree
 * can only range-scan its first non-equality key; then the sort keys when there is no range column,
 * so ORDER BY … LIMIT reads rows in order and stops early.
 */
final class IndexDesigner {

  private IndexDesigner() {}

  static CandidateIndex design(
      TableUsage usage, String schema, Catalog catalog, boolean includeJoin, boolean includeSort) {
    List<String> keys = new ArrayList<>();
    List<String> equality = new ArrayList<>(usage.equality());
    if (includeJoin) {
      usage.join().stream().filter(c -> !equality.contains(c)).forEach(equality::add);
    }
    String table = schema == null ? usage.table() : schema + "." + usage.table();
    equality.sort(Comparator.comparingDouble((String c) -> -distinct(catalog, table, c)));
    keys.addAll(equality);
    if (!usage.range().isEmpty()) {
      keys.add(usage.range().get(0));
    } else if (includeSort) {
      usage.sort().stream().filter(c -> !keys.contains(c)).forEach(keys::add);
    }
    return new CandidateIndex(schema, usage.table(), keys, List.of(), null, false);
  }

  /** Distinct values of a column, or 0 when unknown (unknown columns sort last, in SQL order). */
  static double distinct(Catalog catalog, String table, String column) {
    return catalog
        .columnStats(table, column)
        .map(ColumnStats::distinctValues)
        .filter(d -> !Double.isNaN(d))
        .orElse(0.0);
  }
}
