package io.queryscope.regression;

import io.queryscope.core.finding.Severity;

/**
 * The classes of plan change a check tells apart, each with the severity it has as a regression.
 * Improvements are always {@link Severity#INFO}. The ids are stable: tools match on them.
 */
public enum ChangeKind {
  /** The statement could not be planned any more (a dropped column, a timeout). */
  STATEMENT_FAILED("statement-failed", Severity.HIGH),
  /** A table read through an index is now read in full (or its whole index is read). */
  INDEX_TO_FULL_SCAN("index-to-full-scan", Severity.HIGH),
  /** A sort or hash now goes to disk. Needs {@code --analyze}. */
  SPILL_TO_DISK("spill-to-disk", Severity.HIGH),
  /** The planner's total cost grew by more than the threshold (high from ×10). */
  COST_UP("cost-up", Severity.MEDIUM),
  /** The median time grew by more than the threshold and beyond the noise of the repeats. */
  TIME_UP("time-up", Severity.MEDIUM),
  /** A sort, a hash aggregate or a temporary table appeared. */
  SORT_OR_HASH_ADDED("sort-or-hash-added", Severity.MEDIUM),
  /** Two relations are joined by another method (nested loop, hash, merge). */
  JOIN_METHOD_CHANGED("join-method-changed", Severity.MEDIUM),
  /** The same relations are joined in another order. */
  JOIN_ORDER_CHANGED("join-order-changed", Severity.MEDIUM),
  /** A relation is read through a different index. */
  DIFFERENT_INDEX("different-index", Severity.MEDIUM),
  /** An index-only scan became a scan that also reads the table. */
  INDEX_ONLY_LOST("index-only-lost", Severity.LOW),
  /** The worst row-estimate error grew (stale statistics). Needs {@code --analyze}. */
  ESTIMATE_ERROR_GROWN("estimate-error-grown", Severity.LOW),
  /** The shape changed in a way none of the classes above describes. */
  SHAPE_CHANGED("shape-changed", Severity.LOW);

  private final String id;
  private final Severity regressionSeverity;

  ChangeKind(String id, Severity regressionSeverity) {
    this.id = id;
    this.regressionSeverity = regressionSeverity;
  }

  public String id() {
    return id;
  }

  public Severity regressionSeverity() {
    return regressionSeverity;
  }
}
