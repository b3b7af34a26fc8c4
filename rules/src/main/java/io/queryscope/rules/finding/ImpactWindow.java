package io.queryscope.rules.finding;

import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The unit impact is measured in. Server statistics cover a known span ({@link
 * io.queryscope.core.workload.Workload#since()}), so their totals are scaled to one hour; a
 * captured workload has no natural span, so its totals are "per run".
 */
public final class ImpactWindow {

  private final double hours;

  private ImpactWindow(double hours) {
    this.hours = hours;
  }

  public static ImpactWindow of(AnalysisContext context) {
    return of(context, Clock.systemUTC());
  }

  static ImpactWindow of(AnalysisContext context, Clock clock) {
    Instant since = context.workload().since();
    boolean serverStats =
        context.workload().statements().stream()
            .map(StatementStats::source)
            .anyMatch(s -> s != WorkloadSource.PROXY);
    if (since == null || !serverStats) {
      return new ImpactWindow(Double.NaN);
    }
    // At least a minute, so statistics reset a moment ago do not blow totals up.
    double h = Math.max(Duration.between(since, clock.instant()).toSeconds(), 60) / 3600.0;
    return new ImpactWindow(h);
  }

  /** Milliseconds observed over the window, as the report's unit (per hour or per run). */
  public double scale(double totalMs) {
    return Double.isNaN(hours) ? totalMs : totalMs / hours;
  }

  public String unit() {
    return Double.isNaN(hours) ? "ms per run" : "ms per hour";
  }
}
