package io.queryscope.regression;

import io.queryscope.core.finding.Severity;
import java.util.List;
import java.util.Locale;

/** The planner's total cost grew, or fell, by more than the threshold factor. */
final class CostChange implements ChangeDetector {

  /** From this factor on a cost rise is high: the plan is an order of magnitude worse. */
  static final double HIGH_RATIO = 10;

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    double was = before.totalCost();
    double is = after.totalCost();
    if (!(was > 0) || !(is > 0)) {
      return List.of(); // NaN or zero: the server gave no cost to compare
    }
    double ratio = is / was;
    String detail = String.format(Locale.ROOT, "total cost %.2f → %.2f (×%.2f)", was, is, ratio);
    if (ratio > thresholds.costRatio()) {
      Severity severity =
          ratio >= HIGH_RATIO ? Severity.HIGH : ChangeKind.COST_UP.regressionSeverity();
      return List.of(PlanChange.regression(ChangeKind.COST_UP, severity, null, detail));
    }
    if (ratio < 1 / thresholds.costRatio()) {
      return List.of(PlanChange.improvement(ChangeKind.COST_UP, null, detail));
    }
    return List.of();
  }
}
