package io.queryscope.rules.execution;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.StatementType;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A SELECT without LIMIT that returns many rows per call: every row crosses the network and is
 * materialised by the driver, usually for a screen or job that uses a few of them.
 */
public final class UnboundedResultRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unbounded-result",
          "Large result without a limit",
          "A query with no LIMIT returning many rows per call.",
          Severity.MEDIUM,
          Set.of(Evidence.WORKLOAD),
          Map.of("min-rows-per-call", 10000.0, "page-rows", 1000.0, "time-share-saved", 0.5),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minRows = context.settings().threshold(INFO, "min-rows-per-call");
    List<Finding> findings = new ArrayList<>();
    for (StatementStats s : context.workload().statements()) {
      if (s.calls() <= 0 || s.rows() < 0) {
        continue;
      }
      double perCall = (double) s.rows() / s.calls();
      SqlAnalysis a = SqlAnalyzer.analyze(QueryRefs.bestSql(context, s));
      if (perCall >= minRows
          && a.statementType() == StatementType.SELECT
          && !a.paging().hasLimit()) {
        findings.add(finding(context, s, perCall, a));
      }
    }
    return findings;
  }

  private Finding finding(
      AnalysisContext context, StatementStats s, double perCall, SqlAnalysis a) {
    double page = context.settings().threshold(INFO, "page-rows");
    double saved =
        ImpactWindow.of(context).scale(s, s.totalMs())
            * Math.max(0, 1 - page / perCall)
            * context.settings().threshold(INFO, "time-share-saved");
    String tables = String.join(", ", a.tablesRead());
    return FindingBuilder.of(INFO, context)
        .confidence(0.5)
        .title(
            String.format(
                Locale.ROOT,
                "Query on %s returns %,.0f rows per call with no LIMIT%s",
                tables.isEmpty() ? "its tables" : tables,
                perCall,
                a.selectStar() ? " and SELECT *" : ""))
        .query(QueryRefs.of(s))
        .msSaved(saved)
        .evidence("rowsPerCall", Math.round(perCall))
        .evidence("calls", s.calls())
        .evidence("selectStar", a.selectStar())
        .recommendation(Recommendation.text(fix(TargetDialect.of(context), a.selectStar())))
        .build();
  }

  private static String fix(DatabaseKind dialect, boolean star) {
    String stream =
        dialect == DatabaseKind.POSTGRESQL
            ? "stream it (pgjdbc fetches in chunks only with autocommit off and"
                + " setFetchSize(1000))"
            : "stream it (Connector/J: useCursorFetch=true with setFetchSize(1000), or"
                + " setFetchSize(Integer.MIN_VALUE))";
    return "If a screen shows a page, fetch a page: LIMIT with keyset paging. If a job needs every"
        + " row, "
        + stream
        + " instead of materialising it. If the rows are summed or counted afterwards, do that in"
        + " SQL."
        + (star ? " Select only the columns used instead of *." : "");
  }
}
