package io.queryscope.rules.execution;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.SortKey;
import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.KnownStatements;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OFFSET paging deep into a result: the server reads and throws away every skipped row, so page
 * 4,500 costs 4,500 pages. The offset comes from the statement's literal, its last bind when the
 * offset is the last placeholder, or an executed plan whose Limit read far more rows than it
 * returned (server statistics replace literals, so the plan is often the only witness).
 */
public final class DeepOffsetRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "deep-offset",
          "Deep OFFSET paging",
          "OFFSET paging deep into a table: every skipped row is read and discarded.",
          Severity.MEDIUM,
          Set.of(),
          Map.of("min-offset", 1000.0),
          List.of(),
          "0.1.0");

  private static final Pattern OFFSET_LAST_BIND =
      Pattern.compile("(?is).*\\boffset\\s+(\\?|\\$\\d+)\\s*(rows?)?\\s*;?\\s*$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minOffset = context.settings().threshold(INFO, "min-offset");
    List<Finding> findings = new ArrayList<>();
    for (StatementStats s : KnownStatements.of(context)) {
      String sql = QueryRefs.bestSql(context, s);
      SqlAnalysis a = SqlAnalyzer.analyze(sql);
      if (!a.paging().hasOffset()) {
        continue;
      }
      Plan plan = context.plans().get(s.fingerprintId());
      OptionalLong offset = offset(a, sql, s.sampleBinds(), plan);
      if (offset.isPresent() && offset.getAsLong() >= minOffset) {
        findings.add(finding(context, s, a, offset.getAsLong(), plan != null));
      }
    }
    return findings;
  }

  private static OptionalLong offset(SqlAnalysis a, String sql, List<String> binds, Plan plan) {
    if (a.paging().offset().isPresent()) {
      return a.paging().offset();
    }
    if (!binds.isEmpty() && OFFSET_LAST_BIND.matcher(sql).matches()) {
      try {
        return OptionalLong.of(Long.parseLong(binds.get(binds.size() - 1).trim()));
      } catch (NumberFormatException | NullPointerException e) {
        // not a number: fall through to the plan
      }
    }
    return plan == null ? OptionalLong.empty() : skippedInPlan(plan);
  }

  /** Rows a Limit node's input produced beyond what the Limit returned. */
  private static OptionalLong skippedInPlan(Plan plan) {
    Optional<PlanNode> limit =
        plan.nodes().filter(n -> n.operation() == Operation.LIMIT && n.analyzed()).findFirst();
    if (limit.isEmpty() || limit.get().children().isEmpty()) {
      return OptionalLong.empty();
    }
    PlanNode input = limit.get().children().get(0);
    if (!input.analyzed()) {
      return OptionalLong.empty();
    }
    long skipped = Math.round(input.actuals().totalRows() - limit.get().actuals().totalRows());
    return skipped > 0 ? OptionalLong.of(skipped) : OptionalLong.empty();
  }

  private Finding finding(
      AnalysisContext context, StatementStats s, SqlAnalysis a, long offset, boolean fromPlan) {
    long limit = a.paging().limit().orElse(20);
    double saved =
        ImpactWindow.of(context).scale(s, s.totalMs()) * offset / (double) (offset + limit);
    List<SortKey> keys = a.orderBy().stream().filter(k -> !k.column().isEmpty()).toList();
    String tables = String.join(", ", a.tablesRead());
    return FindingBuilder.of(INFO, context)
        .confidence(0.8)
        .title(
            String.format(
                Locale.ROOT,
                "Paging through %s with OFFSET %,d reads and discards %,d rows per page",
                tables.isEmpty() ? "a result" : tables,
                offset,
                offset))
        .query(QueryRefs.of(s))
        .msSaved(saved)
        .evidence("offset", offset)
        .evidence("limit", a.paging().limit().isPresent() ? limit : null)
        .evidence("offsetSeenIn", fromPlan && a.paging().offset().isEmpty() ? "plan" : "statement")
        .evidence("orderBy", keys.stream().map(SortKey::column).toList())
        .recommendation(Recommendation.text(keyset(keys)))
        .build();
  }

  private static String keyset(List<SortKey> sortKeys) {
    if (sortKeys.isEmpty()) {
      return "Page by key instead of by position: ORDER BY a unique key and ask for the rows after"
          + " the last one the previous page showed (WHERE id > :last_seen_id ORDER BY id LIMIT"
          + " n). Without ORDER BY the pages are not even stable.";
    }
    List<String> keys = sortKeys.stream().map(SortKey::column).toList();
    boolean descending = sortKeys.get(0).descending();
    boolean sameDirection = sortKeys.stream().allMatch(k -> k.descending() == descending);
    String cols = String.join(", ", keys);
    String order =
        String.join(
            ", ",
            sortKeys.stream().map(k -> k.column() + (k.descending() ? " DESC" : "")).toList());
    String last =
        keys.size() == 1 ? ":last_" + keys.get(0) : "(:last_" + String.join(", :last_", keys) + ")";
    String tuple = keys.size() == 1 ? cols : "(" + cols + ")";
    return "Page by key instead of by position (keyset paging): remember the last row's "
        + cols
        + " and ask for the rows after it, WHERE "
        + tuple
        + (descending ? " < " : " > ")
        + last
        + " ORDER BY "
        + order
        + " LIMIT n"
        + (sameDirection ? "" : " (with mixed directions, compare column by column)")
        + "; an index on ("
        + cols
        + ") makes every page cost the same. Add a unique column to the ORDER BY if "
        + cols
        + " can repeat.";
  }
}
