package io.queryscope.rules.index;

import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.ColumnUsage;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.UsageKind;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.KnownStatements;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A predicate on an indexed column written so the index cannot serve it: a function, cast or
 * arithmetic on the column ({@code lower(last_name) = ?}), or a {@code LIKE} with a leading
 * wildcard. The index is there; the statement's shape throws it away.
 */
public final class NonSargablePredicateRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "non-sargable-predicate",
          "Predicate cannot use its index",
          "A function or cast on an indexed column, or a leading-wildcard LIKE.",
          Severity.MEDIUM,
          Set.of(Evidence.CATALOG),
          Map.of("time-share-saved", 0.8, "time-share-saved-without-plan", 0.5),
          List.of("non-sargable"),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    for (StatementStats s : KnownStatements.of(context)) {
      String sql = QueryRefs.bestSql(context, s);
      Set<String> seen = new HashSet<>();
      for (ColumnUsage u : SqlAnalyzer.analyze(sql).nonSargable()) {
        if (u.table().isEmpty() || !seen.add(u.table() + "." + u.column())) {
          continue;
        }
        indexLeadingWith(context, u)
            .ifPresent(index -> findings.add(finding(context, s, u, index)));
      }
    }
    return findings;
  }

  private static Optional<IndexInfo> indexLeadingWith(AnalysisContext context, ColumnUsage u) {
    return context.catalog().indexesOn(u.table()).stream()
        .filter(i -> i.valid() && u.column().equalsIgnoreCase(i.leadingColumn()))
        .findFirst();
  }

  private Finding finding(
      AnalysisContext context, StatementStats s, ColumnUsage u, IndexInfo index) {
    DatabaseKind dialect = TargetDialect.of(context);
    boolean wildcard = u.kind() == UsageKind.LIKE_LEADING_WILDCARD;
    String shape =
        wildcard
            ? u.column() + " LIKE '%…'"
            : u.function().isEmpty()
                ? "an expression(" + u.column() + ")"
                : SargableFix.expression(u.function(), u.column());
    Plan plan = context.plans().get(s.fingerprintId());
    boolean fullScan =
        plan != null
            && plan.nodes()
                .anyMatch(
                    n ->
                        n.operation() == Operation.FULL_SCAN
                            && u.table().equalsIgnoreCase(n.relation()));
    double share =
        context
            .settings()
            .threshold(INFO, fullScan ? "time-share-saved" : "time-share-saved-without-plan");
    // The catalog's spelling of the table and column: the statement's unquoted names were
    // case-folded, and MySQL table names are case-sensitive.
    String column = index.leadingColumn();
    SargableFix fix =
        wildcard
            ? SargableFix.leadingWildcard(dialect, index.table(), column)
            : SargableFix.function(dialect, index.table(), column, u.function());
    return FindingBuilder.of(INFO, context)
        .confidence(fullScan ? 0.85 : 0.6)
        .title(
            shape
                + " on "
                + u.table()
                + " cannot use "
                + index.name()
                + (fullScan ? ": the plan scans the whole table" : ""))
        .query(QueryRefs.of(s))
        .msSaved(ImpactWindow.of(context).scale(s, s.totalMs()) * share)
        .evidence("table", u.table())
        .evidence("column", u.column())
        .evidence("predicate", shape)
        .evidence("unusedIndex", index.name())
        .evidence("planShowsFullScan", plan == null ? null : fullScan)
        .evidence("sampleSql", QueryRefs.bestSql(context, s))
        .recommendation(fix.recommendation("", ""))
        .build();
  }
}
