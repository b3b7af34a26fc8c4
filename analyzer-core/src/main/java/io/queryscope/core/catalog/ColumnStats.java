package io.queryscope.core.catalog;

/**
 * Planner statistics for a column, used to order index keys by selectivity.
 *
 * @param distinctValues estimated number of distinct values (absolute, already scaled by the row
 *     count where the server stores a fraction); NaN when unknown
 * @param nullFraction share of rows that are null, 0..1; NaN when unknown
 * @param mostCommonFrequency share of rows holding the most common value, 0..1; NaN when unknown
 * @param correlation physical order against logical order, -1..1 (PostgreSQL); NaN elsewhere
 */
public record ColumnStats(
    String schema,
    String table,
    String column,
    double distinctValues,
    double nullFraction,
    double mostCommonFrequency,
    double correlation) {

  /** Expected share of rows an equality predicate keeps: 1 / distinct, or NaN when unknown. */
  public double equalitySelectivity() {
    return distinctValues > 0 ? 1.0 / distinctValues : Double.NaN;
  }
}
