package io.queryscope.rules.execution;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.StatementType;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.PlanText;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The heaviest statements by total time, with what their plans show. A pointer, not a fix: it
 * estimates no saving (other rules say what to change), so it ranks below findings with fixes.
 */
public final class SlowQueryRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "slow-query",
          "Slow statement",
          "The statements that take the most time in total, and where their plans spend it.",
          Severity.MEDIUM,
          Set.of(Evidence.WORKLOAD),
          Map.of(
              "min-mean-ms", 100.0, "min-share", 0.2, "min-total-ms", 100.0, "max-findings", 5.0),
          List.of(),
          "0.1.0");

  /** Maintenance (COPY, CREATE INDEX, VACUUM) and EXPLAIN are slow by nature and not the app's. */
  private static final Set<StatementType> DML =
      Set.of(
          StatementType.SELECT,
          StatementType.INSERT,
          StatementType.UPDATE,
          StatementType.DELETE,
          StatementType.MERGE);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minMean = context.settings().threshold(INFO, "min-mean-ms");
    double minShare = context.settings().threshold(INFO, "min-share");
    // A share of a tiny workload is no weight: six statements of a few milliseconds each would
    // otherwise make the largest of them "20% of all statement time".
    double minTotal = context.settings().threshold(INFO, "min-total-ms");
    int max = (int) context.settings().threshold(INFO, "max-findings");
    double total = context.workload().totalMs();
    List<Finding> findings = new ArrayList<>();
    List<StatementStats> dml =
        context.workload().statements().stream()
            .filter(s -> DML.contains(SqlAnalyzer.analyze(s.normalizedSql()).statementType()))
            .sorted(java.util.Comparator.comparingDouble(StatementStats::totalMs).reversed())
            .limit(Math.max(0, max))
            .toList();
    for (StatementStats s : dml) {
      double share = total > 0 ? s.totalMs() / total : 0;
      if (s.meanMs() >= minMean || (share >= minShare && s.totalMs() >= minTotal)) {
        findings.add(finding(context, s, share));
      }
    }
    return findings;
  }

  private Finding finding(AnalysisContext context, StatementStats s, double share) {
    Plan plan = context.plans().get(s.fingerprintId());
    Optional<PlanNode> heaviest = plan == null ? Optional.empty() : heaviest(plan);
    String where =
        heaviest
            .map(
                n ->
                    "Most of its plan's "
                        + (plan.analyzed() ? "time" : "cost")
                        + " is in "
                        + PlanText.withRows(n)
                        + ".")
            .orElse("No plan was captured; explain it to see where the time goes.");
    return FindingBuilder.of(INFO, context)
        .confidence(0.9)
        .title(
            String.format(
                Locale.ROOT,
                "%,d calls took %,.0f ms in total (%.0f%% of all statement time, mean %.1f ms)",
                s.calls(),
                s.totalMs(),
                share * 100,
                s.meanMs()))
        .query(QueryRefs.of(s))
        .evidence("calls", s.calls())
        .evidence("totalMs", s.totalMs())
        .evidence("meanMs", s.meanMs())
        .evidence("maxMs", s.maxMs() > 0 ? s.maxMs() : null)
        .evidence("rows", s.rows() >= 0 ? s.rows() : null)
        .evidence("rowsExamined", s.rowsExamined() >= 0 ? s.rowsExamined() : null)
        .evidence("shareOfStatementTime", share)
        .evidence("heaviestPlanNode", heaviest.map(PlanText::withRows).orElse(null))
        .evidence("source", s.source().name().toLowerCase(Locale.ROOT))
        .recommendation(
            Recommendation.text(
                where
                    + " Other findings on this fingerprint say what to change; if there are"
                    + " none, check whether the application needs all of its rows and calls."))
        .build();
  }

  /** The node with the most time of its own (analysed plans) or cost of its own (estimates). */
  private static Optional<PlanNode> heaviest(Plan plan) {
    if (plan.analyzed()) {
      return plan.nodes()
          .filter(n -> !Double.isNaN(n.exclusiveTimeMs()))
          .max(Comparator.comparingDouble(PlanNode::exclusiveTimeMs));
    }
    return plan.nodes().max(Comparator.comparingDouble(SlowQueryRule::ownCost));
  }

  private static double ownCost(PlanNode n) {
    double own = n.estimates().totalCost();
    for (PlanNode c : n.children()) {
      own -= c.estimates().totalCost();
    }
    return Double.isNaN(own) ? -1 : own;
  }
}
