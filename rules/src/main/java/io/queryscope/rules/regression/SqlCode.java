package io.queryscope.rules.regression;

/**
 * Tells which characters of a SQL text are code, as opposed to string literals, quoted names and
 * comments, so a {@code ;} or {@code ?} inside {@code 'a;b?'} is left alone. Knows standard and
 * MySQL quoting, PostgreSQL dollar quoting, and both comment styles.
 */
final class SqlCode {

  private SqlCode() {}

  /** {@code mask[i]} is true when character {@code i} is code. */
  static boolean[] mask(String sql) {
    boolean[] code = new boolean[sql.length()];
    int i = 0;
    while (i < sql.length()) {
      int end = skipNonCode(sql, i);
      if (end == i) {
        code[i] = true;
        i++;
      } else {
        i = end;
      }
    }
    return code;
  }

  /** The index after the literal or comment starting at {@code i}, or {@code i} when none does. */
  private static int skipNonCode(String sql, int i) {
    char c = sql.charAt(i);
    char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    if (c == '-' && next == '-' || c == '#' && !isPostgresOperator(sql, i)) {
      int eol = sql.indexOf('\n', i);
      return eol < 0 ? sql.length() : eol;
    }
    if (c == '/' && next == '*') {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? sql.length() : close + 2;
    }
    if (c == '\'' || c == '"' || c == '`') {
      return skipQuoted(sql, i, c);
    }
    if (c == '$') {
      return skipDollarQuoted(sql, i);
    }
    return i;
  }

  /** MySQL starts a comment with {@code #}; PostgreSQL uses it in operators like {@code #>}. */
  private static boolean isPostgresOperator(String sql, int i) {
    char next = i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    return next == '>' || next == '-' || next == '#';
  }

  private static int skipQuoted(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote == '\'' && i + 1 < sql.length()) {
        // MySQL escapes inside strings; harmless for PostgreSQL's standard strings.
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static int skipDollarQuoted(String sql, int start) {
    if (start > 0 && Character.isLetterOrDigit(sql.charAt(start - 1))) {
      return start;
    }
    int i = start + 1;
    while (i < sql.length()
        && (Character.isLetter(sql.charAt(i))
            || sql.charAt(i) == '_'
            || (i > start + 1 && Character.isDigit(sql.charAt(i))))) {
      i++;
    }
    if (i >= sql.length() || sql.charAt(i) != '$') {
      return start; // $1 or a lone $: code
    }
    String tag = sql.substring(start, i + 1);
    int close = sql.indexOf(tag, i + 1);
    return close < 0 ? sql.length() : close + tag.length();
  }
}
