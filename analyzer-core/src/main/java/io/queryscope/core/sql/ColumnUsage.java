package io.queryscope.core.sql;

/**
 * One use of a column in a predicate, join, sort or grouping.
 *
 * @param table the base table the column belongs to, aliases resolved; empty when it cannot be told
 *     (an unqualified column with several tables in scope, or a derived table)
 * @param column the column name, unquoted, lower-cased unless it was quoted
 * @param kind how it is used
 * @param wrappedInFunction true when a function, cast or arithmetic is applied to the column in the
 *     predicate ({@code lower(email) = ?}, {@code created_at::date = ?}): non-sargable
 * @param function the function's name ({@code lower}, {@code cast}, {@code +}) or empty
 */
public record ColumnUsage(
    String table, String column, UsageKind kind, boolean wrappedInFunction, String function) {}
