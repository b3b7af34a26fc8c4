package io.queryscope.core.rule;

import io.queryscope.core.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule's metadata. The id never changes and is never reused; a renamed rule keeps its old id in
 * {@code aliases}.
 *
 * @param needs evidence without which the rule cannot run at all
 * @param thresholds documented defaults that {@code queryscope.yml} and CLI flags may override
 * @param since the queryscope version that introduced the rule
 */
public record RuleInfo(
    String id,
    String title,
    String summary,
    Severity defaultSeverity,
    Set<Evidence> needs,
    Map<String, Double> thresholds,
    List<String> aliases,
    String since) {

  public RuleInfo {
    needs = Set.copyOf(needs);
    thresholds = Map.copyOf(thresholds);
    aliases = List.copyOf(aliases);
  }
}
