package io.queryscope.postgresql;

import io.queryscope.core.plan.Operation;
import java.util.Map;

/** PostgreSQL plan node names and what they are in neutral words. */
final class PostgresNodeTypes {

  private static final Map<String, Operation> OPERATIONS =
      Map.ofEntries(
          Map.entry("Seq Scan", Operation.FULL_SCAN),
          Map.entry("Sample Scan", Operation.FULL_SCAN),
          Map.entry("Index Scan", Operation.INDEX_SCAN),
          Map.entry("Index Only Scan", Operation.INDEX_ONLY_SCAN),
          Map.entry("Bitmap Index Scan", Operation.BITMAP_INDEX_SCAN),
          Map.entry("Bitmap Heap Scan", Operation.BITMAP_HEAP_SCAN),
          Map.entry("Nested Loop", Operation.NESTED_LOOP),
          Map.entry("Hash Join", Operation.HASH_JOIN),
          Map.entry("Merge Join", Operation.MERGE_JOIN),
          Map.entry("Hash", Operation.HASH),
          Map.entry("Sort", Operation.SORT),
          Map.entry("Incremental Sort", Operation.SORT),
          Map.entry("Aggregate", Operation.AGGREGATE),
          Map.entry("Group", Operation.AGGREGATE),
          Map.entry("Limit", Operation.LIMIT),
          Map.entry("Materialize", Operation.MATERIALIZE),
          Map.entry("Memoize", Operation.MEMOIZE),
          // PostgreSQL 14 betas called Memoize "Result Cache".
          Map.entry("Result Cache", Operation.MEMOIZE),
          Map.entry("Subquery Scan", Operation.SUBQUERY_SCAN),
          Map.entry("CTE Scan", Operation.CTE_SCAN),
          Map.entry("WorkTable Scan", Operation.CTE_SCAN),
          Map.entry("Function Scan", Operation.FUNCTION_SCAN),
          Map.entry("Table Function Scan", Operation.FUNCTION_SCAN),
          Map.entry("Values Scan", Operation.VALUES_SCAN),
          Map.entry("Result", Operation.RESULT),
          Map.entry("Append", Operation.APPEND),
          Map.entry("Merge Append", Operation.APPEND),
          Map.entry("Gather", Operation.GATHER),
          Map.entry("Gather Merge", Operation.GATHER),
          Map.entry("Unique", Operation.UNIQUE),
          Map.entry("WindowAgg", Operation.WINDOW),
          Map.entry("SetOp", Operation.SET_OPERATION),
          Map.entry("Recursive Union", Operation.SET_OPERATION),
          Map.entry("ModifyTable", Operation.MODIFY),
          Map.entry("LockRows", Operation.LOCK_ROWS));

  /**
   * Nodes PostgreSQL has that the neutral model does not name: mapped to OTHER without a warning,
   * since they are understood, just not classified.
   */
  private static final java.util.Set<String> KNOWN_OTHER =
      java.util.Set.of(
          "BitmapAnd",
          "BitmapOr",
          "Tid Scan",
          "Tid Range Scan",
          "Foreign Scan",
          "Custom Scan",
          "Named Tuplestore Scan",
          "ProjectSet");

  private PostgresNodeTypes() {}

  static Operation operationOf(String nodeType) {
    return OPERATIONS.getOrDefault(nodeType, Operation.OTHER);
  }

  static boolean isKnown(String nodeType) {
    return OPERATIONS.containsKey(nodeType) || KNOWN_OTHER.contains(nodeType);
  }
}
