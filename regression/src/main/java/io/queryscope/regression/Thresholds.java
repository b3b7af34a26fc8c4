package io.queryscope.regression;

/**
 * When a change in numbers counts.
 *
 * @param costRatio the total cost must grow by more than this factor to be {@code cost-up}
 * @param timeRatio the median time must grow by more than this factor to be {@code time-up}
 * @param minTimeDeltaMs and by more than this many milliseconds (sub-millisecond wobble is noise)
 * @param noiseFactor and by more than this many times the larger median absolute deviation
 * @param estimateError the worst row-estimate error must reach this factor, and at least double
 */
public record Thresholds(
    double costRatio,
    double timeRatio,
    double minTimeDeltaMs,
    double noiseFactor,
    double estimateError) {

  public static final Thresholds DEFAULTS = new Thresholds(1.5, 1.5, 1.0, 3.0, 10.0);

  public Thresholds {
    if (!(costRatio > 1) || !(timeRatio > 1)) {
      throw new IllegalArgumentException(
          "a cost or time threshold must be a factor above 1 (1.5 means 50% worse), got "
              + (costRatio > 1 ? timeRatio : costRatio));
    }
  }

  public Thresholds withCostRatio(double ratio) {
    return new Thresholds(ratio, timeRatio, minTimeDeltaMs, noiseFactor, estimateError);
  }
}
