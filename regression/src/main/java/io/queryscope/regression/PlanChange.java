package io.queryscope.regression;

import io.queryscope.core.finding.Severity;

/**
 * One classified difference between a baseline plan and today's.
 *
 * @param relation the table concerned, or null when the change is about the whole plan
 * @param detail one line saying what changed, with the before and after values
 */
public record PlanChange(
    ChangeKind kind, Direction direction, Severity severity, String relation, String detail) {

  static PlanChange regression(ChangeKind kind, String relation, String detail) {
    return new PlanChange(kind, Direction.REGRESSION, kind.regressionSeverity(), relation, detail);
  }

  static PlanChange regression(ChangeKind kind, Severity severity, String relation, String detail) {
    return new PlanChange(kind, Direction.REGRESSION, severity, relation, detail);
  }

  static PlanChange improvement(ChangeKind kind, String relation, String detail) {
    return new PlanChange(kind, Direction.IMPROVEMENT, Severity.INFO, relation, detail);
  }

  /** Regression or improvement: improvements are reported too, and never fail a check. */
  public enum Direction {
    REGRESSION,
    IMPROVEMENT
  }
}
