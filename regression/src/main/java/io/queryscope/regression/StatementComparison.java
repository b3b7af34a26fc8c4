package io.queryscope.regression;

import io.queryscope.core.finding.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One watched statement: its baseline plan, today's plan and what changed.
 *
 * @param current null when the statement could not be planned ({@code failure} says why)
 * @param changes regressions first, worst first
 */
public record StatementComparison(
    BaselineStatement baseline, RecordedPlan current, List<PlanChange> changes, String failure) {

  public StatementComparison {
    changes =
        changes.stream()
            .sorted(
                Comparator.comparing(PlanChange::direction)
                    .thenComparing(PlanChange::severity)
                    .thenComparing(PlanChange::kind))
            .toList();
  }

  public String id() {
    return baseline.id();
  }

  public Verdict verdict() {
    if (failure != null) {
      return Verdict.FAILED;
    }
    if (!regressions().isEmpty()) {
      return Verdict.REGRESSED;
    }
    if (!improvements().isEmpty()) {
      return Verdict.IMPROVED;
    }
    return baseline.plan().shapeHash().equals(current.shapeHash())
        ? Verdict.UNCHANGED
        : Verdict.CHANGED;
  }

  public List<PlanChange> regressions() {
    return changes.stream().filter(c -> c.direction() == PlanChange.Direction.REGRESSION).toList();
  }

  public List<PlanChange> improvements() {
    return changes.stream().filter(c -> c.direction() == PlanChange.Direction.IMPROVEMENT).toList();
  }

  /** The worst regression's severity; empty when nothing got worse. */
  public Optional<Severity> worstSeverity() {
    return regressions().stream().map(PlanChange::severity).min(Comparator.naturalOrder());
  }

  public boolean failsAt(Severity failOn) {
    return worstSeverity().map(s -> s.atLeast(failOn)).orElse(false);
  }

  /** What became of a statement since the baseline. */
  public enum Verdict {
    REGRESSED,
    FAILED,
    IMPROVED,
    /** Another shape, but nothing better or worse that a check can tell. */
    CHANGED,
    UNCHANGED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
