package io.queryscope.core.dialect;

import java.util.Locale;
import java.util.Set;

/**
 * One key of a candidate index: a column, or a function from a fixed list applied to a column.
 * Expression keys are built from these parts and rendered by the dialect, so a column's name is
 * never read as SQL.
 *
 * @param column the raw column name
 * @param function null for a plain column, else one of {@link #FUNCTIONS}, lower-case
 */
public record IndexKey(String column, String function) {

  /** Functions whose result an index can hold and a predicate compares. */
  public static final Set<String> FUNCTIONS = Set.of("lower", "upper", "trim", "btrim");

  public IndexKey {
    if (column == null || column.isEmpty()) {
      throw new IllegalArgumentException("an index key needs a column");
    }
    if (function != null) {
      function = function.toLowerCase(Locale.ROOT);
      if (!FUNCTIONS.contains(function)) {
        throw new IllegalArgumentException(
            "'" + function + "' is not a function queryscope puts in an index key");
      }
    }
  }

  public static IndexKey column(String column) {
    return new IndexKey(column, null);
  }

  public static IndexKey function(String function, String column) {
    return new IndexKey(column, function);
  }

  public boolean isExpression() {
    return function != null;
  }

  /** For people and the JSON report: {@code email}, {@code lower(email)}; never SQL. */
  public String display() {
    return function == null ? column : function + "(" + column + ")";
  }
}
