package io.queryscope.junit;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.List;
import java.util.Map;

/**
 * What one test's statements showed: findings not allowed, findings allowed (with the reason), and
 * the evidence they came from.
 *
 * @param plans plans by fingerprint id; empty when nothing was explained
 * @param catalog null when nothing was explained
 * @param notes evidence that was missing and why
 */
record Evaluation(
    CapturedEvents events,
    Workload workload,
    Map<Long, Plan> plans,
    Catalog catalog,
    List<Finding> findings,
    List<AllowedFinding> allowed,
    List<String> notes) {

  /** A finding an {@link AllowFinding} accepted. */
  record AllowedFinding(Finding finding, String reason) {}

  Evaluation {
    plans = Map.copyOf(plans);
    findings = List.copyOf(findings);
    allowed = List.copyOf(allowed);
    notes = List.copyOf(notes);
  }

  List<Finding> atOrAbove(Severity threshold) {
    return findings.stream().filter(f -> f.severity().atLeast(threshold)).toList();
  }

  List<Finding> ofRule(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
