package io.queryscope.regression;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SqlText;
import java.util.List;

/**
 * Writes bind values into a statement as literals, so every server can explain (and run) it the
 * same way. JDBC {@code ?} placeholders take the values in order, PostgreSQL {@code $n} by number.
 */
final class BindInliner {

  private BindInliner() {}

  /**
   * @param literals SQL literals, already quoted ({@code 'paid'}, {@code 42}, {@code NULL})
   * @param statementId names the statement in the error
   * @throws QueryScopeException USAGE when the statement asks for more values than given
   */
  static String inline(String sql, List<String> literals, String statementId) {
    boolean[] code = SqlText.codeMask(sql);
    StringBuilder out = new StringBuilder(sql.length() + 16 * literals.size());
    int nextQuestionMark = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (code[i] && SqlText.isPlaceholderAt(sql, i)) {
        out.append(value(literals, nextQuestionMark++, statementId));
        i++;
      } else if (code[i] && c == '$' && isPositional(sql, i)) {
        int end = i + 1;
        while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
          end++;
        }
        out.append(value(literals, Integer.parseInt(sql.substring(i + 1, end)) - 1, statementId));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String value(List<String> literals, int index, String statementId) {
    if (index < 0 || index >= literals.size()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          statementId
              + " has a placeholder #"
              + (index + 1)
              + " but only "
              + literals.size()
              + " bind value(s) were given; add them to its '-- params:' comment or .params file");
    }
    return literals.get(index);
  }

  /** PostgreSQL's jsonb operators {@code ?|} and {@code ?&} are not placeholders. */
  private static boolean isPositional(String sql, int i) {
    boolean digitFollows = i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1));
    boolean partOfName =
        i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_');
    return digitFollows && !partOfName;
  }
}
