package io.queryscope.core.dialect;

import java.util.List;

/**
 * An index queryscope would create.
 *
 * @param columns key columns in order (equality columns, then one range column, then sort columns)
 *     as display text: the raw column name, or {@code lower(email)} for an expression key; always
 *     derived from {@code keys}
 * @param includeColumns non-key columns that make it covering (PostgreSQL INCLUDE), may be empty
 * @param predicate a partial-index WHERE, or null
 * @param keys the key parts the dialect renders; when null, every entry of {@code columns} is a
 *     plain (raw) column name, never an expression
 */
public record CandidateIndex(
    String schema,
    String table,
    List<String> columns,
    List<String> includeColumns,
    String predicate,
    boolean unique,
    List<IndexKey> keys) {

  /** The longest name {@link #suggestedName()} gives, PostgreSQL's (MySQL allows 64). */
  public static final int DEFAULT_NAME_LENGTH = 63;

  public CandidateIndex {
    keys = keys == null ? columns.stream().map(IndexKey::column).toList() : List.copyOf(keys);
    columns = keys.stream().map(IndexKey::display).toList();
    includeColumns = includeColumns == null ? List.of() : List.copyOf(includeColumns);
  }

  /** An index on plain columns. */
  public CandidateIndex(
      String schema,
      String table,
      List<String> columns,
      List<String> includeColumns,
      String predicate,
      boolean unique) {
    this(schema, table, columns, includeColumns, predicate, unique, null);
  }

  public static CandidateIndex on(String table, List<String> columns) {
    return new CandidateIndex(null, table, columns, List.of(), null, false);
  }

  /** An index on structured keys (expression keys among them). */
  public static CandidateIndex ofKeys(String schema, String table, List<IndexKey> keys) {
    return new CandidateIndex(schema, table, List.of(), List.of(), null, false, keys);
  }

  /** The same index with other key columns (plain), keeping the rest. */
  public CandidateIndex withKeys(List<IndexKey> newKeys) {
    return new CandidateIndex(schema, table, List.of(), includeColumns, predicate, unique, newKeys);
  }

  /** A stable name like {@code idx_orders_status_created_at}, within 63 characters. */
  public String suggestedName() {
    return suggestedName(DEFAULT_NAME_LENGTH);
  }

  /** A stable name within {@code maxLength}, with a hash suffix when it had to be shortened. */
  public String suggestedName(int maxLength) {
    return IndexNames.of(table, columns, maxLength);
  }
}
