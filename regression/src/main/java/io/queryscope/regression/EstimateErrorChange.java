package io.queryscope.regression;

import java.util.List;
import java.util.Locale;

/**
 * The worst row-estimate error (actual vs estimated rows of any node) grew to the threshold and at
 * least doubled: the statistics no longer describe the data, and bad plans follow.
 */
final class EstimateErrorChange implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    double was = before.worstEstimateError();
    double is = after.worstEstimateError();
    if (Double.isNaN(was) || Double.isNaN(is)) {
      return List.of();
    }
    String detail = String.format(Locale.ROOT, "worst row-estimate error ×%.1f → ×%.1f", was, is);
    if (is >= thresholds.estimateError() && is >= 2 * was) {
      return List.of(PlanChange.regression(ChangeKind.ESTIMATE_ERROR_GROWN, null, detail));
    }
    if (was >= thresholds.estimateError() && was >= 2 * is) {
      return List.of(PlanChange.improvement(ChangeKind.ESTIMATE_ERROR_GROWN, null, detail));
    }
    return List.of();
  }
}
