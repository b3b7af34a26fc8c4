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

/** A hash table (hash join, hash aggregate) split into batches on disk because memory ran out. */
public final class HashSpillRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "hash-spill",
          "Hash spilled to disk",
          "A hash join or aggregate did not fit in memory and ran in batches on disk.",
          Severity.MEDIUM,
          Set.of(Evidence.ANALYZED_PLANS),
          Map.of("min-batches", 2.0, "time-share-saved", 0.3),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minBatches = context.settings().threshold(INFO, "min-batches");
    List<Finding> findings = new ArrayList<>();
    context
        .plans()
        .forEach(
            (fingerprint, plan) ->
                plan.nodes()
                    .filter(n -> n.hash() != null && n.hash().batches() >= minBatches)
                    .findFirst()
                    .ifPresent(n -> findings.add(finding(context, fingerprint, plan.sql(), n))));
    return findings;
  }

  private Finding finding(AnalysisContext context, long fingerprint, String sql, PlanNode n) {
    var query = QueryRefs.of(context, fingerprint, sql);
    // Memory to hold the whole table: what one batch peaked at, times the batches.
    double neededKb = Math.max(1, n.hash().peakMemoryKb()) * n.hash().batches();
    long mb = SpillAdvice.megabytes(neededKb);
    double hashMs =
        n.actuals() == null || Double.isNaN(n.actuals().totalTimeMs())
            ? 0
            : n.actuals().inclusiveTimeMs();
    double saved =
        ImpactWindow.of(context).scale(query, hashMs * Math.max(1, query.calls()))
            * context.settings().threshold(INFO, "time-share-saved");
    return FindingBuilder.of(INFO, context)
        .confidence(0.7)
        .title(
            String.format(
                Locale.ROOT,
                "Hash of %s ran in %d batches on disk (%d planned), peak %,d kB per batch",
                n.children().isEmpty() ? "its input" : PlanText.node(n.children().get(0)),
                n.hash().batches(),
                n.hash().originalBatches(),
                n.hash().peakMemoryKb()))
        .query(query)
        .msSaved(saved)
        .evidence("node", PlanText.withRows(n))
        .evidence("batches", n.hash().batches())
        .evidence("originalBatches", n.hash().originalBatches())
        .evidence("peakMemoryKb", n.hash().peakMemoryKb())
        .evidence("suggestedMemoryMb", mb)
        .recommendation(Recommendation.text(SpillAdvice.hash(TargetDialect.of(context), mb)))
        .build();
  }
}
