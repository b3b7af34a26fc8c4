package io.queryscope.core.finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One problem a rule found, with the evidence that shows it and the fix.
 *
 * @param rule the rule's stable id ({@code missing-index})
 * @param confidence 0..1: how sure the rule is; a verified fix is near 1, a guess from statistics
 *     lower
 * @param priority 1 for the finding to fix first; 0 until the prioritizer ranks it
 * @param query the statement concerned, or null for findings about the schema or the pool
 * @param evidence what the rule saw, as JSON-friendly values (strings, numbers, booleans, lists,
 *     maps), in the order a person should read it
 * @param fingerprints every fingerprint the finding covers (several when fixes were merged)
 */
public record Finding(
    String rule,
    Severity severity,
    double confidence,
    int priority,
    String title,
    Impact impact,
    QueryRef query,
    Map<String, Object> evidence,
    Recommendation recommendation,
    List<String> fingerprints) {

  public Finding {
    evidence =
        evidence == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    fingerprints = fingerprints == null ? List.of() : List.copyOf(fingerprints);
  }

  public Finding withPriority(int rank) {
    return new Finding(
        rule,
        severity,
        confidence,
        rank,
        title,
        impact,
        query,
        evidence,
        recommendation,
        fingerprints);
  }

  public Finding withImpact(Impact newImpact) {
    return new Finding(
        rule,
        severity,
        confidence,
        priority,
        title,
        newImpact,
        query,
        evidence,
        recommendation,
        fingerprints);
  }

  public Finding withRecommendation(Recommendation newRecommendation) {
    return new Finding(
        rule,
        severity,
        confidence,
        priority,
        title,
        impact,
        query,
        evidence,
        newRecommendation,
        fingerprints);
  }
}
