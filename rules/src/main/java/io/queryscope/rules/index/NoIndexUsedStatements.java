package io.queryscope.rules.index;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MySQL/MariaDB statements the server counted as using no index ({@code no_index_used}) while
 * examining at least {@code min-examined-ratio} rows per row sent, for fingerprints without a plan.
 * The index comes from the statement's predicates alone, so confidence is lower than from a plan.
 */
final class NoIndexUsedStatements {

  private NoIndexUsedStatements() {}

  static List<Finding> find(AnalysisContext context, RuleInfo info, ImpactWindow window) {
    double minRatio = context.settings().threshold(info, "min-examined-ratio");
    double minRows = context.settings().threshold(info, "min-table-rows");
    List<Finding> out = new ArrayList<>();
    for (StatementStats s : context.workload().statements()) {
      if (context.plans().containsKey(s.fingerprintId())
          || s.counter("no_index_used") <= 0
          || s.rowsExamined() <= 0
          || s.calls() <= 0) {
        continue;
      }
      double examinedPerCall = (double) s.rowsExamined() / s.calls();
      double ratio = (double) s.rowsExamined() / Math.max(1, s.rows());
      if (ratio < minRatio || examinedPerCall < minRows) {
        continue;
      }
      finding(context, info, window, s, examinedPerCall, ratio).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Finding> finding(
      AnalysisContext context,
      RuleInfo info,
      ImpactWindow window,
      StatementStats s,
      double examinedPerCall,
      double ratio) {
    String sql = QueryRefs.bestSql(context, s);
    for (String table : SqlAnalyzer.analyze(sql).tablesRead()) {
      Optional<TableUsage> usage = TableUsage.of(sql, table).filter(TableUsage::hasPredicates);
      if (usage.isEmpty()) {
        continue;
      }
      CandidateIndex index =
          IndexDesigner.design(usage.get(), null, context.catalog(), false, usage.get().hasLimit());
      DatabaseKind dialect = TargetDialect.of(context);
      return Optional.of(
          FindingBuilder.of(info, context)
              .severity(Severity.HIGH)
              .confidence(0.55)
              .title(
                  String.format(
                      Locale.ROOT,
                      "%s used no index: %,.0f rows examined per call, %,.0f per row sent",
                      table,
                      examinedPerCall,
                      ratio))
              .query(QueryRefs.of(s))
              .msSaved(window.scale(s, s.totalMs() * (1 - 1 / ratio)))
              .evidence("table", table)
              .evidence("rowsExaminedPerCall", Math.round(examinedPerCall))
              .evidence("rowsExaminedPerRowSent", Math.round(ratio))
              .evidence("noIndexUsed", s.counter("no_index_used"))
              .evidence("sampleSql", s.sampleSql())
              .recommendation(
                  PrintedDdl.recommendation(
                      "Index "
                          + table
                          + " on ("
                          + String.join(", ", index.columns())
                          + "), from the statement's predicates (no plan was taken: explain it"
                          + " to confirm). "
                          + IndexDdl.buildAdvice(dialect),
                      IndexDdl.create(dialect, index),
                      null,
                      index))
              .build());
    }
    return Optional.empty();
  }
}
