package io.queryscope.rules.index;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.PlanText;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * States a missing-index finding: a title with the rows read and returned, the plan evidence, the
 * DDL with what plan to expect, and the estimated saving: the scan's time (or its share of the
 * statement's mean time by cost) × the share of rows the filter discards × calls, per window.
 */
final class MissingIndexFinding {

  private final AnalysisContext context;
  private final RuleInfo info;
  private final ImpactWindow window;

  MissingIndexFinding(AnalysisContext context, RuleInfo info, ImpactWindow window) {
    this.context = context;
    this.info = info;
    this.window = window;
  }

  Finding build(
      long fingerprint,
      Plan plan,
      ScanFinding scan,
      MissingIndexCandidate c,
      StatementStats stats) {
    DatabaseKind dialect = TargetDialect.of(context);
    CandidateIndex index = c.index();
    boolean writeHeavy =
        !Double.isNaN(c.writeShare())
            && c.writeShare() >= context.settings().threshold(info, "write-heavy-share");
    boolean analyzed = scan.scan().actuals() != null;
    FindingBuilder f =
        FindingBuilder.of(info, context)
            .severity(writeHeavy ? Severity.MEDIUM : Severity.HIGH)
            .confidence((analyzed ? 0.8 : 0.65) * (writeHeavy ? 0.8 : 1))
            .title(title(scan, c.usage(), analyzed))
            .query(QueryRefs.of(context, fingerprint, plan.sql()))
            .msSaved(saved(scan, stats))
            .evidence("table", scan.scan().relation())
            .evidence("tableRows", Math.round(scan.tableRows()))
            .evidence("rowsRead", Math.round(scan.rowsRead()))
            .evidence("rowsReturned", Math.round(scan.rowsReturned()))
            .evidence("loops", scan.loops())
            .evidence("planNode", PlanText.withRows(scan.scan()))
            .evidence("filter", scan.scan().filter())
            .evidence("planSource", plan.source().name().toLowerCase(Locale.ROOT))
            .evidence("sampleSql", plan.sql())
            .evidence("expectedPlan", expectedPlan(dialect, index))
            .evidence("tableWriteShare", Double.isNaN(c.writeShare()) ? null : c.writeShare());
    return f.recommendation(
            PrintedDdl.recommendation(
                summary(dialect, c, writeHeavy), IndexDdl.create(dialect, index), null, index))
        .build();
  }

  private double saved(ScanFinding scan, StatementStats stats) {
    double share = scan.kind() == ScanFinding.Kind.FILTERED_SCAN ? scan.filteredShare() : 0.9;
    double perCall;
    if (!Double.isNaN(scan.timeMs())) {
      perCall = scan.timeMs() * share;
    } else if (stats != null && !Double.isNaN(scan.costShare())) {
      perCall = stats.meanMs() * scan.costShare() * share;
    } else {
      return 0;
    }
    long calls = stats == null ? 1 : Math.max(1, stats.calls());
    return window.scale(stats, perCall * calls);
  }

  private static String title(ScanFinding scan, TableUsage u, boolean analyzed) {
    String table = scan.scan().relation();
    return switch (scan.kind()) {
      case FILTERED_SCAN ->
          String.format(
              Locale.ROOT,
              "%s filtered by %s %s %,.0f rows to return %s%,.0f",
              table,
              words(columns(u)),
              analyzed ? "read" : "reads an estimated",
              scan.rowsRead(),
              analyzed ? "" : "about ",
              scan.rowsReturned());
      case NESTED_LOOP_INNER ->
          String.format(
              Locale.ROOT,
              "%s is scanned in full %s to join on %s (%,.0f rows each time)",
              table,
              scan.loops() > 1
                  ? scan.loops() + " times, once per outer row,"
                  : "once per outer row",
              words(u.join().isEmpty() ? columns(u) : u.join()),
              scan.tableRows());
      case SORT_FOR_LIMIT ->
          String.format(
              Locale.ROOT,
              "%s sorted by %s for a LIMIT: %,.0f rows sorted to return a few",
              table,
              words(u.sort()),
              scan.rowsReturned());
    };
  }

  private static List<String> columns(TableUsage u) {
    Set<String> all = new LinkedHashSet<>(u.equality());
    all.addAll(u.range());
    return new ArrayList<>(all);
  }

  private static String words(List<String> columns) {
    if (columns.size() <= 1) {
      return columns.isEmpty() ? "its filter" : columns.get(0);
    }
    return String.join(", ", columns.subList(0, columns.size() - 1))
        + " and "
        + columns.get(columns.size() - 1);
  }

  static String expectedPlan(DatabaseKind dialect, CandidateIndex index) {
    return dialect == DatabaseKind.POSTGRESQL
        ? "Index Scan (or Bitmap Index Scan) using " + IndexDdl.name(index) + " on " + index.table()
        : "ref or range access using " + IndexDdl.name(index) + " on " + index.table();
  }

  private static String summary(DatabaseKind dialect, MissingIndexCandidate c, boolean writeHeavy) {
    CandidateIndex index = c.index();
    StringBuilder s =
        new StringBuilder("Index ")
            .append(index.table())
            .append(" on (")
            .append(String.join(", ", index.columns()))
            .append(")");
    if (index.predicate() != null) {
      s.append(" for rows where ").append(index.predicate());
    }
    s.append(
        ": equality columns first, then one range column, then sort columns, so the server reads"
            + " only the rows it returns. Expected plan: ");
    s.append(expectedPlan(dialect, index)).append(". ");
    if (c.partialAlternative() != null) {
      s.append("If the statement always asks for ")
          .append(c.partialAlternative().predicate())
          .append(", a smaller partial index does the same: ")
          .append(PrintedDdl.shown(IndexDdl.create(dialect, c.partialAlternative())))
          .append(". ");
    }
    if (c.looksUnique()) {
      s.append(
          "The values are unique in the statistics; if they must be, CREATE UNIQUE INDEX"
              + " also enforces it. ");
    }
    if (writeHeavy) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s is write-heavy (%.0f%% of its row operations are writes): the index adds work"
                  + " to every insert and update, so weigh that against the reads saved. ",
              index.table(),
              c.writeShare() * 100));
    }
    return s.append(IndexDdl.buildAdvice(dialect)).toString();
  }
}
