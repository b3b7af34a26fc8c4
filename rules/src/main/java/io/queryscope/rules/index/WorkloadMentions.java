package io.queryscope.rules.index;

import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.StatementType;
import io.queryscope.core.workload.StatementStats;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Workload statements whose text names a table and a column: the statements a schema change to
 * those columns would affect. A word match, so it can over-count (a column of the same name on a
 * joined table) but never misses a statement that spells both names.
 */
final class WorkloadMentions {

  /** Statements an index can serve; DDL, COPY and EXPLAIN name columns without using indexes. */
  private static final Set<StatementType> READS_OR_CHANGES_ROWS =
      Set.of(StatementType.SELECT, StatementType.UPDATE, StatementType.DELETE, StatementType.MERGE);

  private WorkloadMentions() {}

  static List<StatementStats> of(AnalysisContext context, String table, String column) {
    Pattern t = word(table);
    Pattern c = word(column);
    return context.workload().statements().stream()
        .filter(s -> s.normalizedSql() != null)
        .filter(
            s ->
                READS_OR_CHANGES_ROWS.contains(
                    SqlAnalyzer.analyze(s.normalizedSql()).statementType()))
        .filter(s -> t.matcher(s.normalizedSql()).find() && c.matcher(s.normalizedSql()).find())
        .toList();
  }

  private static Pattern word(String name) {
    return Pattern.compile(
        "(?<![A-Za-z0-9_])" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(?![A-Za-z0-9_])",
        Pattern.CASE_INSENSITIVE);
  }
}
