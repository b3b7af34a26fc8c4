package io.queryscope.core.dialect;

import java.util.List;

/**
 * An index queryscope would create.
 *
 * @param columns key columns in order (equality columns, then one range column, then sort columns)
 * @param includeColumns non-key columns that make it covering (PostgreSQL INCLUDE), may be empty
 * @param predicate a partial-index WHERE, or null
 */
public record CandidateIndex(
    String schema,
    String table,
    List<String> columns,
    List<String> includeColumns,
    String predicate,
    boolean unique) {

  public CandidateIndex {
    columns = List.copyOf(columns);
    includeColumns = includeColumns == null ? List.of() : List.copyOf(includeColumns);
  }

  public static CandidateIndex on(String table, List<String> columns) {
    return new CandidateIndex(null, table, columns, List.of(), null, false);
  }

  /** A stable name like {@code idx_orders_status_created_at}, trimmed to 63 characters. */
  public String suggestedName() {
    String name = "idx_" + table + "_" + String.join("_", columns);
    name = name.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
    return name.length() > 63 ? name.substring(0, 63) : name;
  }
}
