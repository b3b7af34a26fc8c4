package io.queryscope.core.finding;

import io.queryscope.core.model.Target;
import java.util.List;

/**
 * The result of an analysis, findings in priority order. Field names follow the JSON contract in
 * DESIGN.md.
 *
 * @param target null for an analysis of captured events alone
 * @param notes what was missing and how to enable it, and rules that stayed quiet for lack of
 *     evidence
 */
public record Report(
    Tool tool, Target target, Summary summary, List<Finding> findings, List<String> notes) {

  public Report {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** The worst severity present, or null when there are no findings. */
  public Severity worstSeverity() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(null);
  }

  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
  }

  public record Tool(String name, String version) {

    public static Tool queryscope() {
      String v = Report.class.getPackage().getImplementationVersion();
      return new Tool("queryscope", v == null ? "dev" : v);
    }
  }

  public record Summary(long statements, long fingerprints, long findings) {}
}
