package io.queryscope.core.plan;

/** What a plan node does, in words every dialect maps into. */
public enum Operation {
  /** Reads every row of a table (PostgreSQL Seq Scan, MySQL access type ALL). */
  FULL_SCAN,
  /**
   * Reads every entry of an index (MySQL access type index, PostgreSQL Index Scan without a
   * condition).
   */
  FULL_INDEX_SCAN,
  /**
   * Looks rows up or ranges through an index, then reads the table (Index Scan; ref, eq_ref, range,
   * const).
   */
  INDEX_SCAN,
  /** Answers from the index alone (Index Only Scan; MySQL "using_index"). */
  INDEX_ONLY_SCAN,
  BITMAP_INDEX_SCAN,
  BITMAP_HEAP_SCAN,
  NESTED_LOOP,
  HASH_JOIN,
  MERGE_JOIN,
  /** The build side of a hash join. */
  HASH,
  SORT,
  AGGREGATE,
  LIMIT,
  MATERIALIZE,
  MEMOIZE,
  SUBQUERY_SCAN,
  CTE_SCAN,
  FUNCTION_SCAN,
  VALUES_SCAN,
  RESULT,
  APPEND,
  GATHER,
  UNIQUE,
  WINDOW,
  SET_OPERATION,
  /** INSERT, UPDATE, DELETE, MERGE. */
  MODIFY,
  /** A MySQL/MariaDB temporary table used for GROUP BY, DISTINCT or a derived table. */
  TEMPORARY_TABLE,
  LOCK_ROWS,
  /**
   * A node the dialect does not map; {@link PlanNode#nodeType()} says what the server called it.
   */
  OTHER;

  public boolean isScan() {
    return switch (this) {
      case FULL_SCAN,
          FULL_INDEX_SCAN,
          INDEX_SCAN,
          INDEX_ONLY_SCAN,
          BITMAP_INDEX_SCAN,
          BITMAP_HEAP_SCAN ->
          true;
      default -> false;
    };
  }

  public boolean isJoin() {
    return this == NESTED_LOOP || this == HASH_JOIN || this == MERGE_JOIN;
  }
}
