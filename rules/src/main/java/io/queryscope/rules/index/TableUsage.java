package io.queryscope.rules.index;

import io.queryscope.core.sql.ColumnUsage;
import io.queryscope.core.sql.SortKey;
import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.TableRef;
import io.queryscope.core.sql.UsageKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one statement uses the columns of one table, in the terms an index is designed from: equality
 * (and IN-list) columns, range columns, join columns, sort keys, and equalities against a literal
 * written in the SQL. Predicates wrapped in a function are left out: no plain index key serves them
 * (that is {@code non-sargable-predicate}'s business).
 */
record TableUsage(
    String table,
    List<String> equality,
    List<String> range,
    List<String> join,
    List<String> sort,
    boolean sortDescending,
    boolean hasLimit,
    Map<String, String> literals) {

  static Optional<TableUsage> of(String sql, String relation) {
    if (sql == null || relation == null) {
      return Optional.empty();
    }
    SqlAnalysis a = SqlAnalyzer.analyze(sql);
    Optional<String> name =
        a.tables().stream()
            .map(TableRef::name)
            .filter(n -> n.equalsIgnoreCase(relation))
            .findFirst();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String t = name.get();
    List<String> eq = sargable(a, t, UsageKind.EQUALITY, UsageKind.IN_LIST);
    List<String> range = sargable(a, t, UsageKind.RANGE, UsageKind.LIKE);
    range.removeAll(eq);
    List<String> join = sargable(a, t, UsageKind.JOIN);
    List<SortKey> keys = a.sortKeys(t);
    boolean sortable =
        !keys.isEmpty()
            && keys.size() == a.orderBy().size()
            && keys.stream().noneMatch(k -> k.wrappedInFunction() || k.column().isEmpty())
            && keys.stream().map(SortKey::descending).distinct().count() == 1;
    List<String> sort = sortable ? keys.stream().map(SortKey::column).toList() : List.of();
    Map<String, String> literals = new LinkedHashMap<>();
    for (String column : eq) {
      literal(sql, column).ifPresent(v -> literals.put(column, v));
    }
    return Optional.of(
        new TableUsage(
            relation,
            eq,
            range,
            join,
            sort,
            sortable && keys.get(0).descending(),
            a.paging().hasLimit(),
            literals));
  }

  boolean hasPredicates() {
    return !equality.isEmpty() || !range.isEmpty();
  }

  private static List<String> sargable(SqlAnalysis a, String table, UsageKind... kinds) {
    List<String> out = new ArrayList<>();
    for (ColumnUsage u : a.usages(table)) {
      if (!u.wrappedInFunction()
          && List.of(kinds).contains(u.kind())
          && !out.contains(u.column())) {
        out.add(u.column());
      }
    }
    return out;
  }

  /** The literal a column is compared to by {@code =} in the statement text, if any. */
  private static Optional<String> literal(String sql, String column) {
    Matcher m =
        Pattern.compile(
                "(?<![\\w.])(?:\\w+\\.)?"
                    + Pattern.quote(column)
                    + "\\s*=\\s*('(?:[^']|'')*'|-?\\d+)",
                Pattern.CASE_INSENSITIVE)
            .matcher(sql);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
