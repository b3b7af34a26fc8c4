package io.queryscope.regression;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Compares a statement's baseline plan with today's and classifies every change. */
public final class PlanComparator {

  private static final List<ChangeDetector> DETECTORS =
      List.of(
          new AccessPathChanges(),
          new JoinChanges(),
          new SortAndHashChanges(),
          new SpillChanges(),
          new CostChange(),
          new TimeChange(),
          new EstimateErrorChange());

  /** Kinds that explain a change of shape; without one, a new shape is reported on its own. */
  private static final Set<ChangeKind> STRUCTURAL =
      EnumSet.of(
          ChangeKind.INDEX_TO_FULL_SCAN,
          ChangeKind.INDEX_ONLY_LOST,
          ChangeKind.DIFFERENT_INDEX,
          ChangeKind.JOIN_METHOD_CHANGED,
          ChangeKind.JOIN_ORDER_CHANGED,
          ChangeKind.SORT_OR_HASH_ADDED);

  private final Thresholds thresholds;

  public PlanComparator(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  public StatementComparison compare(BaselineStatement baseline, RecordedPlan current) {
    RecordedPlan before = baseline.plan();
    List<PlanChange> changes = new ArrayList<>();
    for (ChangeDetector detector : DETECTORS) {
      changes.addAll(detector.detect(before, current, thresholds));
    }
    boolean explained = changes.stream().anyMatch(c -> STRUCTURAL.contains(c.kind()));
    if (!before.shapeHash().equals(current.shapeHash()) && !explained) {
      changes.add(
          ChangeDetector.byCost(
              ChangeKind.SHAPE_CHANGED,
              before,
              current,
              null,
              "plan shape " + before.shapeHash() + " → " + current.shapeHash()));
    }
    return new StatementComparison(baseline, current, changes, null);
  }

  /** A statement that could not be planned any more is a regression in its own right. */
  public StatementComparison failed(BaselineStatement baseline, String reason) {
    return new StatementComparison(
        baseline,
        null,
        List.of(PlanChange.regression(ChangeKind.STATEMENT_FAILED, null, reason)),
        reason);
  }
}
