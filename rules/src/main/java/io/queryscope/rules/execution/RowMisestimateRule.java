package io.queryscope.rules.execution;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.ColumnUsage;
import io.queryscope.core.sql.Paging;
import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.TableRef;
import io.queryscope.core.sql.UsageKind;
import io.queryscope.rules.ddl.Identifiers;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.PlanText;
import io.queryscope.rules.finding.QueryRefs;
import io.queryscope.rules.index.SargableFix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan node whose actual rows are an order of magnitude from the estimate. The planner chose join
 * order and methods for the wrong row count, so everything above the node may be wrong. The lowest
 * such scan is reported: a misestimate there is the cause, those above are its echo.
 */
public final class RowMisestimateRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "row-misestimate",
          "Row count misestimated",
          "Estimated and actual rows apart by an order of magnitude: stale or missing statistics.",
          Severity.MEDIUM,
          Set.of(Evidence.ANALYZED_PLANS),
          Map.of(
              "min-factor",
              10.0,
              "min-rows",
              100.0,
              "min-rows-when-empty",
              1000.0,
              "time-share-saved",
              0.25),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minFactor = context.settings().threshold(INFO, "min-factor");
    double minRows = context.settings().threshold(INFO, "min-rows");
    double minRowsWhenEmpty = context.settings().threshold(INFO, "min-rows-when-empty");
    List<Finding> findings = new ArrayList<>();
    context
        .plans()
        .forEach(
            (fingerprint, plan) -> {
              SqlAnalysis sql = plan.sql() == null ? null : SqlAnalyzer.analyze(plan.sql());
              worst(plan, sql, minFactor, minRows, minRowsWhenEmpty)
                  .ifPresent(n -> findings.add(finding(context, fingerprint, plan, sql, n)));
            });
    return findings;
  }

  static double factor(PlanNode n) {
    double est = Math.max(1, n.estimates().rows());
    double actual = Math.max(1, n.actuals().rows());
    return Math.max(est, actual) / Math.min(est, actual);
  }

  /**
   * MySQL and MariaDB print {@code filtered: 100} when they made no estimate for a condition (no
   * index, no histogram): estimated rows then equal rows examined. That is no estimate, not a wrong
   * one, and it cannot have steered a join; skip it rather than flag every filtered scan.
   */
  private static boolean filterWasEstimated(PlanNode n) {
    double examined = n.estimates().rowsExamined();
    return Double.isNaN(examined) || n.filter() == null || n.estimates().rows() < examined;
  }

  /**
   * Scans and joins make estimates; the nodes above them (limits, sorts, query blocks) pass them
   * on. A join built on a scan with no estimate inherits that, so it is skipped too.
   */
  private static boolean ownEstimate(PlanNode n) {
    if (n.operation().isScan()) {
      return filterWasEstimated(n);
    }
    return n.operation().isJoin()
        && n.children().stream().allMatch(RowMisestimateRule::filterWasEstimated);
  }

  /**
   * A LIMIT stops the pipeline once it has its rows, so a node below it returns fewer rows than a
   * full run's estimate: that is the limit at work, not a misestimate.
   */
  private static boolean stoppedByLimit(PlanNode n, Paging paging) {
    if (!paging.hasLimit() || n.actuals().rows() >= n.estimates().rows()) {
      return false;
    }
    if (paging.limit().isEmpty()) {
      return true; // LIMIT ?: any shortfall may be the limit's
    }
    long wanted = paging.limit().getAsLong() + paging.offset().orElse(0);
    return n.actuals().rows() <= wanted + 1;
  }

  /**
   * A node that returned nothing for the values the plan ran with says little: a lookup for a value
   * that does not exist finds nothing whatever the statistics say, and the planner never estimates
   * below one row (or below its default share for an expression without statistics). Only a large
   * expected count makes an empty result evidence of stale statistics.
   */
  private static boolean emptyButExpectedFew(PlanNode n, double minRowsWhenEmpty) {
    return n.actuals().rows() == 0 && n.estimates().rows() < minRowsWhenEmpty;
  }

  private static Optional<PlanNode> worst(
      Plan plan, SqlAnalysis sql, double minFactor, double minRows, double minRowsWhenEmpty) {
    Paging paging = sql == null ? null : sql.paging();
    // Scans first (the cause), then the most-off node: the last in depth-first order wins ties.
    List<PlanNode> off =
        plan.nodes()
            .filter(n -> n.actuals() != null && !Double.isNaN(n.estimates().rows()))
            .filter(RowMisestimateRule::ownEstimate)
            .filter(n -> paging == null || !stoppedByLimit(n, paging))
            .filter(n -> !emptyButExpectedFew(n, minRowsWhenEmpty))
            .filter(n -> Math.max(n.estimates().rows(), n.actuals().rows()) >= minRows)
            .filter(n -> factor(n) >= minFactor)
            .toList();
    return off.stream()
        .filter(n -> n.operation().isScan())
        .max(Comparator.comparingDouble(RowMisestimateRule::factor))
        .or(() -> off.stream().reduce((a, b) -> b));
  }

  private Finding finding(
      AnalysisContext context, long fingerprint, Plan plan, SqlAnalysis sql, PlanNode n) {
    DatabaseKind dialect = TargetDialect.of(context);
    var query = QueryRefs.of(context, fingerprint, plan.sql());
    double saved =
        ImpactWindow.of(context).scale(query, query.totalMs())
            * context.settings().threshold(INFO, "time-share-saved");
    String lastAnalyze =
        n.relation() == null
            ? null
            : context
                .catalog()
                .table(n.relation())
                .map(TableInfo::lastAnalyze)
                .map(Object::toString)
                .orElse(null);
    boolean under = n.actuals().rows() > n.estimates().rows();
    return FindingBuilder.of(INFO, context)
        .confidence(0.6)
        .title(
            String.format(
                Locale.ROOT,
                "%s: planner expected %,.0f rows, got %,.0f (%s by %.0fx)",
                PlanText.node(n),
                n.estimates().rows(),
                n.actuals().rows(),
                under ? "under-estimated" : "over-estimated",
                factor(n)))
        .query(query)
        .msSaved(saved)
        .evidence("node", PlanText.node(n))
        .evidence("estimatedRows", n.estimates().rows())
        .evidence("actualRows", n.actuals().rows())
        .evidence("loops", n.actuals().loops())
        .evidence("filter", n.filter())
        .evidence("lastAnalyze", lastAnalyze)
        .recommendation(
            filteredExpression(sql, n)
                .map(e -> expressionFix(dialect, n, e))
                .orElseGet(() -> Recommendation.text(fix(dialect, n, filterColumns(sql, n)))))
        .build();
  }

  /** The columns the statement filters the node's table on, as the fix needs them named. */
  private static List<String> filterColumns(SqlAnalysis a, PlanNode n) {
    if (a == null || n.relation() == null) {
      return List.of();
    }
    return a.tables().stream()
        .map(TableRef::name)
        .filter(t -> t.equalsIgnoreCase(n.relation()))
        .findFirst()
        .map(t -> a.columns(t, UsageKind.EQUALITY, UsageKind.RANGE, UsageKind.IN_LIST))
        .orElse(List.of());
  }

  /**
   * A function of a column the statement filters the node's table on ({@code lower(email)}) whose
   * value an index can hold: column statistics say nothing about it, so the planner assumes a fixed
   * share of the rows. Casts and arithmetic get the column advice.
   */
  private static Optional<ColumnUsage> filteredExpression(SqlAnalysis sql, PlanNode n) {
    if (sql == null || n.relation() == null) {
      return Optional.empty();
    }
    return sql.nonSargable().stream()
        .filter(u -> u.wrappedInFunction() && SargableFix.indexable(u.function()))
        .filter(u -> u.table().equalsIgnoreCase(n.relation()))
        .findFirst();
  }

  /**
   * The expression index non-sargable-predicate would propose, and on PostgreSQL 14+ statistics.
   */
  private static Recommendation expressionFix(DatabaseKind dialect, PlanNode n, ColumnUsage u) {
    String expression = SargableFix.expression(u.function(), u.column());
    String why =
        "The filter compares "
            + expression
            + ", and statistics on "
            + u.column()
            + " say nothing about it, so the planner assumes a fixed share of the rows match;"
            + " an index on the expression gives it statistics after ANALYZE. ";
    String statistics =
        dialect != DatabaseKind.POSTGRESQL
            ? ""
            : " Without an index (PostgreSQL 14+): "
                + PrintedDdl.shown(
                    PrintedDdl.render(
                        () ->
                            "CREATE STATISTICS "
                                + Identifiers.quote(
                                    dialect,
                                    (n.relation()
                                            + "_"
                                            + u.function()
                                            + "_"
                                            + u.column()
                                            + "_stats")
                                        .toLowerCase(Locale.ROOT))
                                + " ON ("
                                + Identifiers.expression(dialect, u.function(), u.column())
                                + ") FROM "
                                + Identifiers.qualified(dialect, n.schema(), n.relation()),
                        "CREATE",
                        "STATISTICS"))
                + ", then "
                + PrintedDdl.shown(
                    PrintedDdl.render(
                        () -> "ANALYZE " + Identifiers.qualified(dialect, n.schema(), n.relation()),
                        "ANALYZE"))
                + ".";
    return SargableFix.function(dialect, n.relation(), u.column(), u.function())
        .recommendation(why, statistics);
  }

  private static String fix(DatabaseKind dialect, PlanNode n, List<String> filterColumns) {
    String cols;
    String one;
    String table;
    try {
      cols =
          filterColumns.size() >= 2
              ? Identifiers.columns(dialect, filterColumns)
              : "<col1>, <col2>";
      one = filterColumns.isEmpty() ? "<col>" : Identifiers.quote(dialect, filterColumns.get(0));
      table =
          n.relation() == null
              ? "the table"
              : Identifiers.qualified(dialect, n.schema(), n.relation());
    } catch (QueryScopeException e) {
      return "Refresh the table's statistics. " + PrintedDdl.REFUSED + ".";
    }
    return switch (dialect) {
      case POSTGRESQL ->
          "Refresh statistics (ANALYZE "
              + table
              + ";). If they are fresh and the filter combines columns that depend on each other"
              + " (city and country), tell the planner: CREATE STATISTICS ON "
              + cols
              + " FROM "
              + table
              + "; then ANALYZE. For skewed single columns raise the target: ALTER TABLE "
              + table
              + " ALTER COLUMN "
              + one
              + " SET STATISTICS 1000.";
      case MYSQL ->
          "Refresh statistics (ANALYZE TABLE "
              + table
              + ";) and give the filtered columns histograms: ANALYZE TABLE "
              + table
              + " UPDATE HISTOGRAM ON "
              + cols
              + " WITH 256 BUCKETS.";
      case MARIADB ->
          "Collect engine-independent statistics with histograms: ANALYZE TABLE "
              + table
              + " PERSISTENT FOR COLUMNS ("
              + cols
              + ") INDEXES (); and keep"
              + " optimizer_use_condition_selectivity at 4 (the default) so they are used.";
    };
  }
}
