package io.queryscope.core.plan;

/**
 * What really happened when the statement ran ({@code EXPLAIN ANALYZE}); absent otherwise.
 *
 * @param rows rows returned per loop (PostgreSQL semantics); total rows = rows × loops
 * @param totalTimeMs time per loop including children, in milliseconds; NaN when not timed
 */
public record Actuals(double rows, double startupTimeMs, double totalTimeMs, long loops) {

  public double totalRows() {
    return rows * Math.max(1, loops);
  }

  /** Time across all loops, the figure that says where the statement spent its time. */
  public double inclusiveTimeMs() {
    return totalTimeMs * Math.max(1, loops);
  }
}
