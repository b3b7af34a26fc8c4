package io.queryscope.core.plan;

/**
 * What the planner expected. {@code NaN} means the server did not say.
 *
 * @param totalCost the cumulative cost of this node and its children (MySQL: {@code prefix_cost})
 * @param rows rows the node is expected to return per loop
 * @param rowsExamined rows the node is expected to read before filtering (MySQL {@code
 *     rows_examined_per_scan}); NaN when unknown
 */
public record Estimates(
    double startupCost, double totalCost, double rows, double rowsExamined, int width) {

  public static final Estimates UNKNOWN =
      new Estimates(Double.NaN, Double.NaN, Double.NaN, Double.NaN, -1);
}
