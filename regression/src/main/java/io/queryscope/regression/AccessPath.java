package io.queryscope.regression;

import io.queryscope.core.plan.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a plan reads one relation: the scan kind and the indexes it goes through.
 *
 * @param key the relation with its alias, or its position among reads of the same table, so a table
 *     joined to itself is matched read by read
 */
record AccessPath(String key, String relation, Operation scan, Set<String> indexes) {

  static List<AccessPath> of(RecordedNode root) {
    List<AccessPath> paths = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    root.stream()
        .filter(n -> n.relation() != null && n.operation().isScan())
        .forEach(
            n -> {
              int occurrence = seen.merge(n.relation(), 1, Integer::sum);
              String key = n.relation() + "/" + (n.alias() != null ? n.alias() : "#" + occurrence);
              paths.add(new AccessPath(key, n.relation(), n.operation(), indexesOf(n)));
            });
    return paths;
  }

  /** A bitmap heap scan names no index itself: its bitmap index scans below do. */
  private static Set<String> indexesOf(RecordedNode node) {
    Set<String> indexes = new TreeSet<>();
    node.stream()
        .filter(n -> n == node || n.operation() == Operation.BITMAP_INDEX_SCAN)
        .map(RecordedNode::index)
        .filter(i -> i != null)
        .forEach(indexes::add);
    return indexes;
  }

  /** 0 reads least: index-only, then index or bitmap, then the whole index, then the table. */
  int breadth() {
    return switch (scan) {
      case INDEX_ONLY_SCAN -> 0;
      case INDEX_SCAN, BITMAP_HEAP_SCAN, BITMAP_INDEX_SCAN -> 1;
      case FULL_INDEX_SCAN -> 2;
      default -> 3;
    };
  }

  String describe() {
    String kind =
        switch (scan) {
          case INDEX_ONLY_SCAN -> "index-only scan";
          case INDEX_SCAN -> "index scan";
          case BITMAP_HEAP_SCAN, BITMAP_INDEX_SCAN -> "bitmap scan";
          case FULL_INDEX_SCAN -> "full index scan";
          default -> "full scan";
        };
    return indexes.isEmpty() ? kind : kind + " using " + String.join(", ", indexes);
  }
}
