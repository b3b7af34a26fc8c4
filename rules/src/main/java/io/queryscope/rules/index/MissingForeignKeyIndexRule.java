package io.queryscope.rules.index;

import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
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
import io.queryscope.rules.finding.ImpactWindow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A foreign key whose referencing columns lead no index: every delete or key update on the parent
 * scans the child table, and joins from parent to child cannot use an index.
 */
public final class MissingForeignKeyIndexRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "missing-fk-index",
          "Foreign key without an index",
          "A foreign key whose referencing columns lead no index.",
          Severity.MEDIUM,
          Set.of(Evidence.CATALOG),
          Map.of("min-rows", 1000.0, "statement-share-saved", 0.5),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    DatabaseKind dialect = TargetDialect.of(context);
    // InnoDB refuses a foreign key without an index, so there this rule can only fire on a
    // catalog read from elsewhere; it still checks, as the catalog is what it trusts.
    double minRows = context.settings().threshold(INFO, "min-rows");
    return context.catalog().foreignKeys().stream()
        .filter(fk -> !indexed(context.catalog().indexesOn(qualified(fk)), fk.columns()))
        .filter(fk -> rows(context, fk) < 0 || rows(context, fk) >= minRows)
        .map(fk -> finding(context, dialect, fk))
        .toList();
  }

  private static String qualified(ForeignKeyInfo fk) {
    return fk.schema() == null ? fk.table() : fk.schema() + "." + fk.table();
  }

  private static long rows(AnalysisContext context, ForeignKeyInfo fk) {
    return context.catalog().table(qualified(fk)).map(TableInfo::estimatedRows).orElse(-1L);
  }

  /** True when some index's leading keys are the key's columns, in any order. */
  static boolean indexed(List<IndexInfo> indexes, List<String> columns) {
    Set<String> wanted = lower(columns);
    return indexes.stream()
        .filter(i -> i.valid() && i.columns().size() >= columns.size())
        .anyMatch(i -> lower(i.columns().subList(0, columns.size())).equals(wanted));
  }

  private static Set<String> lower(List<String> names) {
    Set<String> out = new HashSet<>();
    names.forEach(n -> out.add(n.toLowerCase(Locale.ROOT)));
    return out;
  }

  private Finding finding(AnalysisContext context, DatabaseKind dialect, ForeignKeyInfo fk) {
    CandidateIndex index =
        new CandidateIndex(fk.schema(), fk.table(), fk.columns(), List.of(), null, false);
    String cols = String.join(", ", fk.columns());
    long rows = rows(context, fk);
    List<StatementStats> affected = WorkloadMentions.of(context, fk.table(), fk.columns().get(0));
    double share = context.settings().threshold(INFO, "statement-share-saved");
    ImpactWindow window = ImpactWindow.of(context);
    double saved = affected.stream().mapToDouble(s -> window.scale(s, s.totalMs() * share)).sum();
    FindingBuilder f =
        FindingBuilder.of(INFO, context)
            .confidence(affected.isEmpty() ? 0.5 : 0.7)
            .title(
                fk.table()
                    + "("
                    + cols
                    + ") references "
                    + fk.referencedTable()
                    + " but no index leads with it"
                    + (rows >= 0
                        ? ": deleting or re-keying a "
                            + fk.referencedTable()
                            + " row scans "
                            + String.format(Locale.ROOT, "%,d", rows)
                            + " rows"
                        : ""))
            .msSaved(saved)
            .evidence("foreignKey", fk.name())
            .evidence("table", fk.table())
            .evidence("columns", fk.columns())
            .evidence("referencedTable", fk.referencedTable())
            .evidence("tableRows", rows >= 0 ? rows : null)
            .evidence(
                "statementsNamingIt",
                affected.stream().map(s -> FingerprintId.hex(s.fingerprintId())).toList());
    affected.forEach(s -> f.fingerprint(FingerprintId.hex(s.fingerprintId())));
    return f.recommendation(
            PrintedDdl.recommendation(
                "Index the referencing columns so parent deletes and joins from "
                    + fk.referencedTable()
                    + " use it. "
                    + IndexDdl.buildAdvice(dialect),
                IndexDdl.create(dialect, index),
                null,
                index))
        .build();
  }
}
