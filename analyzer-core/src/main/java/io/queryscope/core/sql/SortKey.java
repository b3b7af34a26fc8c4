package io.queryscope.core.sql;

/**
 * One {@code ORDER BY} key of the outermost query, in order.
 *
 * @param table the base table, or empty when unknown (see {@link ColumnUsage#table()})
 * @param column the column, or empty when the key is an expression on no single column
 * @param descending true for {@code DESC}
 * @param wrappedInFunction true when the key is an expression over the column
 */
public record SortKey(String table, String column, boolean descending, boolean wrappedInFunction) {}
