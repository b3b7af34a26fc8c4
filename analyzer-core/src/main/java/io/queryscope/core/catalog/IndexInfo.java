package io.queryscope.core.catalog;

import java.util.List;

/**
 * An index. Expression keys appear in {@code columns} as their SQL text ({@code lower(email)}).
 *
 * @param prefixLengths MySQL prefix lengths per column, null entries for whole columns; empty when
 *     none
 * @param includeColumns PostgreSQL INCLUDE columns (not keys, but make the index covering)
 * @param predicate the WHERE of a partial index, or null
 * @param valid false for a PostgreSQL index left invalid by a failed concurrent build
 * @param visible false for a MySQL invisible / MariaDB ignored index
 * @param scans times the index was used since statistics were reset; -1 when unknown
 * @param method btree, hash, gin, gist, brin, fulltext …
 */
public record IndexInfo(
    String schema,
    String table,
    String name,
    List<String> columns,
    List<Integer> prefixLengths,
    List<String> includeColumns,
    boolean unique,
    boolean primary,
    String predicate,
    boolean valid,
    boolean visible,
    long sizeBytes,
    long scans,
    String method) {

  public IndexInfo {
    columns = List.copyOf(columns);
    prefixLengths =
        prefixLengths == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(prefixLengths));
    includeColumns = includeColumns == null ? List.of() : List.copyOf(includeColumns);
  }

  /**
   * True when this index's leading keys are exactly {@code leading}, in order (case-insensitive).
   */
  public boolean startsWith(List<String> leading) {
    if (leading.size() > columns.size()) {
      return false;
    }
    for (int i = 0; i < leading.size(); i++) {
      if (!columns.get(i).equalsIgnoreCase(leading.get(i))) {
        return false;
      }
    }
    return true;
  }

  public String leadingColumn() {
    return columns.isEmpty() ? null : columns.get(0);
  }
}
