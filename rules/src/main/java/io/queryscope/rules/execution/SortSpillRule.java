package io.queryscope.rules.execution;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.PlanText;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** A sort that ran out of memory and wrote its runs to disk (external merge). */
public final class SortSpillRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "sort-spill",
          "Sort spilled to disk",
          "A sort did not fit in memory and wrote temporary files.",
          Severity.MEDIUM,
          Set.of(Evidence.ANALYZED_PLANS),
          Map.of("min-spill-kb", 1024.0, "time-share-saved", 0.5),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minKb = context.settings().threshold(INFO, "min-spill-kb");
    List<Finding> findings = new ArrayList<>();
    context
        .plans()
        .forEach(
            (fingerprint, plan) ->
                plan.nodes()
                    .filter(n -> n.sort() != null && n.sort().spilledToDisk())
                    .filter(n -> n.sort().spaceKb() >= minKb)
                    .findFirst()
                    .ifPresent(n -> findings.add(finding(context, fingerprint, plan.sql(), n))));
    return findings;
  }

  private Finding finding(AnalysisContext context, long fingerprint, String sql, PlanNode n) {
    var query = QueryRefs.of(context, fingerprint, sql);
    long mb = SpillAdvice.megabytes(n.sort().spaceKb() * 2.0);
    double sortMs = n.exclusiveTimeMs();
    double perCall = Double.isNaN(sortMs) ? 0 : sortMs;
    double saved =
        ImpactWindow.of(context).scale(query, perCall * Math.max(1, query.calls()))
            * context.settings().threshold(INFO, "time-share-saved");
    return FindingBuilder.of(INFO, context)
        .confidence(0.7)
        .title(
            String.format(
                Locale.ROOT,
                "Sort on %s wrote %,d kB to disk (%s)",
                String.join(", ", n.sort().keys()),
                n.sort().spaceKb(),
                n.sort().method()))
        .query(query)
        .msSaved(saved)
        .evidence("node", PlanText.withRows(n))
        .evidence("sortKeys", n.sort().keys())
        .evidence("sortMethod", n.sort().method())
        .evidence("spilledKb", n.sort().spaceKb())
        .evidence("sortMs", Double.isNaN(sortMs) ? null : sortMs)
        .evidence("suggestedMemoryMb", mb)
        .recommendation(Recommendation.text(SpillAdvice.sort(TargetDialect.of(context), mb)))
        .build();
  }
}
