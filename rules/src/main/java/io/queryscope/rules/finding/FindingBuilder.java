package io.queryscope.rules.finding;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one finding. A rule may pick a severity from its evidence; a severity the user set for
 * the rule in {@code queryscope.yml} always wins.
 */
public final class FindingBuilder {

  private final RuleInfo info;
  private final AnalysisContext context;
  private Severity severity;
  private double confidence = 0.5;
  private String title;
  private double msSaved;
  private QueryRef query;
  private final Map<String, Object> evidence = new LinkedHashMap<>();
  private Recommendation recommendation;
  private final List<String> fingerprints = new ArrayList<>();

  private FindingBuilder(RuleInfo info, AnalysisContext context) {
    this.info = info;
    this.context = context;
    this.severity = info.defaultSeverity();
  }

  public static FindingBuilder of(RuleInfo info, AnalysisContext context) {
    return new FindingBuilder(info, context);
  }

  public FindingBuilder severity(Severity value) {
    severity = value;
    return this;
  }

  public FindingBuilder confidence(double value) {
    confidence = Math.max(0, Math.min(1, value));
    return this;
  }

  public FindingBuilder title(String value) {
    title = value;
    return this;
  }

  public FindingBuilder msSaved(double value) {
    msSaved = Double.isFinite(value) ? Math.max(0, value) : 0;
    return this;
  }

  public FindingBuilder query(QueryRef value) {
    query = value;
    if (value != null && !fingerprints.contains(value.fingerprint())) {
      fingerprints.add(0, value.fingerprint());
    }
    return this;
  }

  /** Adds evidence; null values are left out so renderers never print "null". */
  public FindingBuilder evidence(String key, Object value) {
    if (value != null) {
      evidence.put(key, value);
    }
    return this;
  }

  public FindingBuilder fingerprint(String hex) {
    if (!fingerprints.contains(hex)) {
      fingerprints.add(hex);
    }
    return this;
  }

  public FindingBuilder recommendation(Recommendation value) {
    recommendation = value;
    return this;
  }

  public Finding build() {
    Severity chosen =
        context.settings().severities().containsKey(info.id())
            ? context.settings().severity(info)
            : severity;
    return new Finding(
        info.id(),
        chosen,
        confidence,
        0,
        title,
        Impact.ofMs(msSaved),
        query,
        evidence,
        recommendation,
        fingerprints);
  }
}
