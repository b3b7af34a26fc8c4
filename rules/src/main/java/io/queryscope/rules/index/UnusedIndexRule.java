package io.queryscope.rules.index;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index the server has not used since its statistics were reset. It costs every write and its
 * disk space; but "unused" is only as good as the statistics' age, so the finding says how old they
 * are and which statements might still want the index, and advises hiding it before dropping it.
 * Primary keys, unique indexes and the only index behind a foreign key are never reported.
 */
public final class UnusedIndexRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unused-index",
          "Index never used",
          "An index with no scans since statistics were reset: write cost without read benefit.",
          Severity.LOW,
          Set.of(Evidence.CATALOG),
          Map.of("max-scans", 0.0, "min-size-bytes", 65536.0, "min-stats-age-days", 7.0),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double maxScans = context.settings().threshold(INFO, "max-scans");
    double minSize = context.settings().threshold(INFO, "min-size-bytes");
    Catalog catalog = context.catalog();
    return catalog.indexes().stream()
        .filter(i -> !i.primary() && !i.unique() && i.valid())
        .filter(i -> i.scans() >= 0 && i.scans() <= maxScans)
        .filter(i -> i.sizeBytes() < 0 || i.sizeBytes() >= minSize)
        .filter(i -> !onlyIndexForForeignKey(catalog, i))
        .filter(i -> !twinTookItsScans(catalog, i))
        .map(i -> finding(context, i))
        .toList();
  }

  private static boolean onlyIndexForForeignKey(Catalog catalog, IndexInfo index) {
    String table = qualified(index.schema(), index.table());
    List<IndexInfo> others =
        catalog.indexesOn(table).stream().filter(i -> !i.name().equals(index.name())).toList();
    return catalog.foreignKeysOn(table).stream()
        .anyMatch(
            fk ->
                MissingForeignKeyIndexRule.indexed(List.of(index), fk.columns())
                    && !MissingForeignKeyIndexRule.indexed(others, fk.columns()));
  }

  /**
   * When a redundant narrower twin exists and was used, the planner served these lookups with the
   * twin: dropping the twin ({@code duplicate-index}) moves the scans here, so this one is not
   * unused.
   */
  private static boolean twinTookItsScans(Catalog catalog, IndexInfo index) {
    return catalog.indexesOn(qualified(index.schema(), index.table())).stream()
        .anyMatch(
            other ->
                other != index && other.scans() > 0 && DuplicateIndexRule.redundant(other, index));
  }

  private static String qualified(String schema, String table) {
    return schema == null ? table : schema + "." + table;
  }

  private Finding finding(AnalysisContext context, IndexInfo index) {
    DatabaseKind dialect = TargetDialect.of(context);
    Instant reset = context.catalog().statsResetAt();
    Duration age = reset == null ? null : Duration.between(reset, Clock.systemUTC().instant());
    double minAgeDays = context.settings().threshold(INFO, "min-stats-age-days");
    boolean young = age == null || age.toHours() < minAgeDays * 24;
    List<StatementStats> wanting =
        WorkloadMentions.of(context, index.table(), index.leadingColumn());
    String ageText =
        age == null
            ? "since statistics were last reset (the server does not say when)"
            : "in the " + age.toDays() + " days since statistics were reset";
    double writeShare =
        context
            .catalog()
            .table(qualified(index.schema(), index.table()))
            .map(TableInfo::writeShare)
            .orElse(Double.NaN);
    String users =
        wanting.isEmpty()
            ? "No statement in the workload names "
                + index.leadingColumn()
                + "; a monthly report or a rare job might still, so check before dropping."
            : wanting.size()
                + " statement(s) in the workload name "
                + index.leadingColumn()
                + " yet did not use it: check their plans before dropping.";
    String hide = IndexDdl.hide(dialect, index);
    String steps =
        hide == null
            ? "Drop it when you are sure (usage counters are per server: check replicas too): "
            : "Hide it first and watch for slower queries, then drop it (usage counters are per"
                + " server: check replicas too): "
                + hide
                + "; then ";
    return FindingBuilder.of(INFO, context)
        .severity(young ? Severity.INFO : Severity.LOW)
        .confidence(young ? 0.3 : wanting.isEmpty() ? 0.8 : 0.6)
        .title(
            index.name()
                + " on "
                + index.table()
                + "("
                + String.join(", ", index.columns())
                + ") was used "
                + index.scans()
                + " times "
                + ageText)
        .evidence("index", index.name())
        .evidence("table", index.table())
        .evidence("columns", index.columns())
        .evidence("scans", index.scans())
        .evidence("sizeBytes", index.sizeBytes() >= 0 ? index.sizeBytes() : null)
        .evidence("statsResetAt", reset == null ? null : reset.toString())
        .evidence("statsAgeDays", age == null ? null : age.toDays())
        .evidence("tableWriteShare", Double.isNaN(writeShare) ? null : writeShare)
        .evidence(
            "statementsNamingLeadingColumn",
            wanting.stream().map(s -> FingerprintId.hex(s.fingerprintId())).toList())
        .recommendation(
            new Recommendation(
                users + " " + steps + PrintedDdl.shown(IndexDdl.drop(dialect, index)) + ".",
                IndexDdl.drop(dialect, index),
                null,
                null,
                null))
        .build();
  }
}
