package io.queryscope.mysql;

import io.queryscope.core.sql.ColumnUsage;
import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.UsageKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which columns of one table a statement compares in a way an index lookup can use: equality (and
 * {@code IN}, and join keys, which an inner-side lookup reads by value) or a range. Columns inside
 * a function are left out — no plain index serves them. From the shared SQL analysis; when that
 * cannot parse the statement, from the statement text.
 */
record MySqlPredicates(Set<String> equality, Set<String> range) {

  static MySqlPredicates of(String sql, String table) {
    SqlAnalysis analysis = SqlAnalyzer.analyze(sql);
    if (!analysis.parsed()) {
      return fromText(sql);
    }
    Set<String> eq = new HashSet<>();
    Set<String> range = new HashSet<>();
    String wanted = table.toLowerCase(Locale.ROOT);
    for (ColumnUsage u : analysis.columnUsages()) {
      if (u.wrappedInFunction() || !u.table().toLowerCase(Locale.ROOT).equals(wanted)) {
        continue;
      }
      String column = u.column().toLowerCase(Locale.ROOT);
      if (u.kind() == UsageKind.EQUALITY
          || u.kind() == UsageKind.IN_LIST
          || u.kind() == UsageKind.JOIN) {
        eq.add(column);
      } else if (u.kind() == UsageKind.RANGE || u.kind() == UsageKind.LIKE) {
        range.add(column);
      }
    }
    return new MySqlPredicates(eq, range);
  }

  /** A rough reading of the text for statements the parser cannot take. */
  private static MySqlPredicates fromText(String sql) {
    String code = io.queryscope.core.sql.SqlText.blankLiterals(sql).toLowerCase(Locale.ROOT);
    Set<String> eq = new HashSet<>();
    Set<String> range = new HashSet<>();
    var equality = Pattern.compile("(\\w+)`?\\s*(=|<=>|\\bin\\s*\\()").matcher(code);
    while (equality.find()) {
      eq.add(equality.group(1));
    }
    var ranges = Pattern.compile("(\\w+)`?\\s*(<|>|\\bbetween\\b|\\blike\\b)").matcher(code);
    while (ranges.find()) {
      range.add(ranges.group(1));
    }
    return new MySqlPredicates(eq, range);
  }

  boolean isEquality(String column) {
    return equality.contains(column.toLowerCase(Locale.ROOT));
  }

  boolean isRange(String column) {
    return range.contains(column.toLowerCase(Locale.ROOT));
  }
}
