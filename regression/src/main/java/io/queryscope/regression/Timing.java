package io.queryscope.regression;

import java.util.Arrays;
import java.util.List;

/**
 * Execution times of repeated runs, as a median and its noise.
 *
 * @param medianMs the median run
 * @param madMs the median absolute deviation of the runs: how much they wander, the noise a change
 *     must exceed
 * @param runs how many runs were timed
 */
public record Timing(double medianMs, double madMs, int runs) {

  public static Timing of(List<Double> runTimesMs) {
    if (runTimesMs.isEmpty()) {
      throw new IllegalArgumentException("at least one run is needed to time a statement");
    }
    double[] times = runTimesMs.stream().mapToDouble(Double::doubleValue).toArray();
    double median = median(times);
    double[] deviations = Arrays.stream(times).map(t -> Math.abs(t - median)).toArray();
    return new Timing(median, median(deviations), times.length);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
