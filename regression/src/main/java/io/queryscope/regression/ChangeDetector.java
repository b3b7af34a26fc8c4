package io.queryscope.regression;

import java.util.List;

/** Finds one family of changes between a baseline plan and today's. */
interface ChangeDetector {

  List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds);

  /**
   * A change that is neither good nor bad in itself (another join method, another index): the
   * planner's own cost says which way it went. No cost, or no drop in cost, counts as a regression,
   * because a check should rather ask than miss one.
   */
  static PlanChange byCost(
      ChangeKind kind, RecordedPlan before, RecordedPlan after, String relation, String detail) {
    boolean cheaper =
        !Double.isNaN(before.totalCost())
            && !Double.isNaN(after.totalCost())
            && after.totalCost() < before.totalCost();
    return cheaper
        ? PlanChange.improvement(kind, relation, detail)
        : PlanChange.regression(kind, relation, detail);
  }
}
