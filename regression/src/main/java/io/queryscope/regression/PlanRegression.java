package io.queryscope.regression;

import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code plan-regression} check's metadata, so {@code queryscope rules} lists it beside the
 * rules. It is not a {@link io.queryscope.core.rule.Rule}: it needs a baseline, which only {@code
 * queryscope plans check} has ({@link RegressionCheck} does the work).
 */
public final class PlanRegression {

  public static final RuleInfo INFO =
      new RuleInfo(
          "plan-regression",
          "Plan regression",
          "A statement's plan got worse than its committed baseline (run by queryscope plans"
              + " check).",
          Severity.HIGH,
          Set.of(Evidence.PLANS),
          Map.of(
              "cost-ratio", Thresholds.DEFAULTS.costRatio(),
              "time-ratio", Thresholds.DEFAULTS.timeRatio(),
              "min-time-delta-ms", Thresholds.DEFAULTS.minTimeDeltaMs(),
              "noise-factor", Thresholds.DEFAULTS.noiseFactor(),
              "estimate-error", Thresholds.DEFAULTS.estimateError()),
          List.of(),
          "0.1.0");

  private PlanRegression() {}
}
