package io.queryscope.core.rule;

import io.queryscope.core.finding.Severity;
import java.util.Map;
import java.util.Set;

/**
 * User overrides for rules: thresholds by {@code ruleId.threshold}, severities, and rules turned
 * off.
 *
 * @param thresholds keys like {@code "n-plus-one.min-executions"}
 */
public record RuleSettings(
    Map<String, Double> thresholds, Map<String, Severity> severities, Set<String> disabled) {

  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Map.of(), Set.of());

  public RuleSettings {
    thresholds = Map.copyOf(thresholds);
    severities = Map.copyOf(severities);
    disabled = Set.copyOf(disabled);
  }

  /** The user's value for a rule's threshold, or the rule's documented default. */
  public double threshold(RuleInfo rule, String name) {
    Double user = thresholds.get(rule.id() + "." + name);
    if (user != null) {
      return user;
    }
    Double fallback = rule.thresholds().get(name);
    if (fallback == null) {
      throw new IllegalArgumentException(
          "rule "
              + rule.id()
              + " has no threshold '"
              + name
              + "'; it documents "
              + rule.thresholds().keySet());
    }
    return fallback;
  }

  public Severity severity(RuleInfo rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  public boolean enabled(RuleInfo rule) {
    return !disabled.contains(rule.id()) && rule.aliases().stream().noneMatch(disabled::contains);
  }
}
