package io.queryscope.regression;

import java.util.List;
import java.util.Locale;

/**
 * The median time of repeated runs grew (or fell) by more than the threshold factor, by more than a
 * millisecond, and by more than the noise the repeats showed on either side.
 */
final class TimeChange implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    Timing was = before.timing();
    Timing is = after.timing();
    if (was == null || is == null || !(was.medianMs() >= 0) || !(is.medianMs() >= 0)) {
      return List.of();
    }
    double noise = thresholds.noiseFactor() * Math.max(was.madMs(), is.madMs());
    double delta = Math.abs(is.medianMs() - was.medianMs());
    boolean beyondNoise = delta > Math.max(noise, thresholds.minTimeDeltaMs());
    String detail =
        String.format(
            Locale.ROOT,
            "median time %.3f ms → %.3f ms (noise ±%.3f ms over %d runs)",
            was.medianMs(),
            is.medianMs(),
            Math.max(was.madMs(), is.madMs()),
            Math.min(was.runs(), is.runs()));
    if (beyondNoise && is.medianMs() > was.medianMs() * thresholds.timeRatio()) {
      return List.of(PlanChange.regression(ChangeKind.TIME_UP, null, detail));
    }
    if (beyondNoise && is.medianMs() * thresholds.timeRatio() < was.medianMs()) {
      return List.of(PlanChange.improvement(ChangeKind.TIME_UP, null, detail));
    }
    return List.of();
  }
}
