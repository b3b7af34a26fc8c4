package io.queryscope.rules.index;

import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.ImpactWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Indexes that plans show are missing: full scans of large tables whose filter discards most rows,
 * full scans repeated as a nested loop's inner side, and whole-table sorts for ORDER BY … LIMIT.
 * Also MySQL/MariaDB statements the server counted as using no index while reading far more rows
 * than they returned, when no plan was taken for them ({@link NoIndexUsedStatements}).
 */
public final class MissingIndexRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "missing-index",
          "Index missing",
          "Full scans or filter-heavy scans on large tables, joins and sorts without a usable"
              + " index.",
          Severity.HIGH,
          Set.of(Evidence.PLANS),
          Map.of(
              "min-table-rows", 10000.0,
              "min-filtered-share", 0.9,
              "min-inner-rows", 1000.0,
              "min-examined-ratio", 100.0,
              "write-heavy-share", 0.8,
              "rare-value-share", 0.05,
              "max-partial-distinct", 20.0),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    ImpactWindow window = ImpactWindow.of(context);
    for (Map.Entry<Long, Plan> e : context.plans().entrySet()) {
      Set<String> tablesDone = new HashSet<>();
      Optional<StatementStats> stats = context.workload().byFingerprint(e.getKey());
      for (ScanFinding scan : ScanFinding.find(e.getValue(), context.catalog())) {
        String table = scan.scan().relation().toLowerCase(Locale.ROOT);
        if (tablesDone.contains(table) || !worthIndexing(context, scan)) {
          continue;
        }
        candidate(context, e.getKey(), e.getValue(), scan)
            .ifPresent(
                c -> {
                  tablesDone.add(table);
                  findings.add(
                      new MissingIndexFinding(context, INFO, window)
                          .build(e.getKey(), e.getValue(), scan, c, stats.orElse(null)));
                });
      }
    }
    findings.addAll(NoIndexUsedStatements.find(context, INFO, window));
    return findings;
  }

  private static boolean worthIndexing(AnalysisContext context, ScanFinding scan) {
    double minRows = context.settings().threshold(INFO, "min-table-rows");
    return switch (scan.kind()) {
      case FILTERED_SCAN ->
          scan.tableRows() >= minRows
              && scan.filteredShare() >= context.settings().threshold(INFO, "min-filtered-share");
      case NESTED_LOOP_INNER ->
          scan.tableRows() >= context.settings().threshold(INFO, "min-inner-rows")
              && (scan.loops() > 1 || scan.scan().actuals() == null);
      case SORT_FOR_LIMIT -> scan.rowsReturned() >= minRows;
    };
  }

  private static Optional<MissingIndexCandidate> candidate(
      AnalysisContext context, long fingerprint, Plan plan, ScanFinding scan) {
    Optional<TableUsage> usage = TableUsage.of(plan.sql(), scan.scan().relation());
    if (usage.isEmpty()) {
      return Optional.empty();
    }
    TableUsage u = usage.get();
    boolean join = scan.kind() == ScanFinding.Kind.NESTED_LOOP_INNER;
    boolean sort = scan.kind() == ScanFinding.Kind.SORT_FOR_LIMIT || u.hasLimit();
    if (join
        ? u.join().isEmpty() && !u.hasPredicates()
        : !u.hasPredicates() && u.sort().isEmpty()) {
      return Optional.empty();
    }
    CandidateIndex index =
        IndexDesigner.design(u, schema(context, scan), context.catalog(), join, sort);
    if (index.columns().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MissingIndexCandidate.of(context, INFO, fingerprint, u, index, scan));
  }

  /**
   * The scanned table's schema: the plan's when it names one (EXPLAIN VERBOSE), else the catalog's
   * when exactly one table has that name, so the DDL names the table the plan read. PostgreSQL's
   * default schema stays implicit, as the DDL always read (PostgreSQL finds unqualified names by
   * search_path, so a table elsewhere needs its schema).
   */
  private static String schema(AnalysisContext context, ScanFinding scan) {
    if (scan.scan().schema() != null || TargetDialect.of(context) != DatabaseKind.POSTGRESQL) {
      // MySQL DDL runs in the database the user is connected to, as the DDL always read.
      return scan.scan().schema();
    }
    List<String> schemas =
        context.catalog().tables().stream()
            .filter(t -> t.name().equals(scan.scan().relation()))
            .map(TableInfo::schema)
            .distinct()
            .toList();
    return schemas.size() == 1 && !"public".equals(schemas.get(0)) ? schemas.get(0) : null;
  }
}
