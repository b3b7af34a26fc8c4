package io.queryscope.regression;

import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.Target;
import java.util.List;

/**
 * The outcome of {@code plans check}: every baseline statement compared with today's plan.
 *
 * @param target the server checked today
 */
public record CheckReport(
    Target target, Baseline baseline, Thresholds thresholds, List<StatementComparison> statements) {

  public CheckReport {
    statements = List.copyOf(statements);
  }

  /** True when some regression is at or above {@code failOn}: the check exits 1. */
  public boolean failsAt(Severity failOn) {
    return statements.stream().anyMatch(s -> s.failsAt(failOn));
  }

  public long count(StatementComparison.Verdict verdict) {
    return statements.stream().filter(s -> s.verdict() == verdict).count();
  }
}
