package io.queryscope.rules.index;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.ddl.Identifiers;
import io.queryscope.rules.ddl.TargetDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The index to recommend, and what to say beside it. On PostgreSQL an equality against a rare
 * constant ({@code status = 'pending'}) makes a partial index: the DDL when every captured run of
 * the statement used that constant, otherwise a smaller alternative the summary offers (server
 * statistics replace constants with placeholders, so they cannot prove the constant never varies).
 *
 * @param partialAlternative a partial index to offer beside {@code index}, or null
 * @param looksUnique the single key column is looked up by equality and holds distinct values in
 *     (nearly) every row
 * @param writeShare the table's share of writes among its row operations, NaN when unknown
 */
record MissingIndexCandidate(
    TableUsage usage,
    CandidateIndex index,
    CandidateIndex partialAlternative,
    boolean looksUnique,
    double writeShare) {

  static MissingIndexCandidate of(
      AnalysisContext context,
      RuleInfo info,
      long fingerprint,
      TableUsage usage,
      CandidateIndex index,
      ScanFinding scan) {
    String table = index.schema() == null ? index.table() : index.schema() + "." + index.table();
    CandidateIndex chosen = index;
    CandidateIndex alternative = null;
    String column = partialColumn(context, info, usage, index, scan, table);
    CandidateIndex partial = column == null ? null : partial(usage, index, column);
    if (partial != null) {
      if (constantInEveryCapture(context, fingerprint, usage, column)) {
        chosen = partial;
      } else {
        alternative = partial;
      }
    }
    // Worth saying only of a column the statement looks a row up by: a timestamp scanned by range
    // is distinct in every row too, and no constraint anyone wants.
    boolean unique =
        chosen.columns().size() == 1
            && usage.equality().contains(chosen.columns().get(0))
            && scan.tableRows() > 0
            && IndexDesigner.distinct(context.catalog(), table, chosen.columns().get(0))
                >= 0.99 * scan.tableRows();
    double writeShare =
        context.catalog().table(table).map(TableInfo::writeShare).orElse(Double.NaN);
    return new MissingIndexCandidate(usage, chosen, alternative, unique, writeShare);
  }

  /** The column whose rare constant would make a partial index, or null. */
  private static String partialColumn(
      AnalysisContext context,
      RuleInfo info,
      TableUsage usage,
      CandidateIndex index,
      ScanFinding scan,
      String table) {
    if (TargetDialect.of(context) != DatabaseKind.POSTGRESQL || index.columns().size() < 2) {
      return null;
    }
    double maxDistinct = context.settings().threshold(info, "max-partial-distinct");
    double rareShare = context.settings().threshold(info, "rare-value-share");
    boolean rare = scan.rowsRead() > 0 && scan.rowsReturned() / scan.rowsRead() <= rareShare;
    for (String column : usage.literals().keySet()) {
      double distinct = IndexDesigner.distinct(context.catalog(), table, column);
      if (rare && distinct > 0 && distinct <= maxDistinct) {
        return column;
      }
    }
    return null;
  }

  /** The index without {@code column}, for rows where it equals the constant; null if unsafe. */
  private static CandidateIndex partial(TableUsage usage, CandidateIndex index, String column) {
    List<String> keys = new ArrayList<>(index.columns());
    keys.remove(column);
    String predicate;
    try {
      predicate =
          Identifiers.quote(DatabaseKind.POSTGRESQL, column) + " = " + usage.literals().get(column);
    } catch (QueryScopeException e) {
      return null;
    }
    return new CandidateIndex(index.schema(), index.table(), keys, List.of(), predicate, false);
  }

  private static boolean constantInEveryCapture(
      AnalysisContext context, long fingerprint, TableUsage usage, String column) {
    List<StatementEvent> runs =
        context.events().statements().stream()
            .filter(e -> e.fingerprintId() == fingerprint)
            .toList();
    String wanted = usage.literals().get(column);
    return !runs.isEmpty()
        && runs.stream()
            .allMatch(
                e ->
                    TableUsage.of(e.sql(), usage.table())
                        .map(u -> wanted.equals(u.literals().get(column)))
                        .orElse(false));
  }
}
