package io.queryscope.junit;

/** Small text helpers for SQL shown in messages. */
final class Sql {

  private static final int SHOWN = 160;

  private Sql() {}

  /** The first keyword, after comments, whitespace and opening parentheses. */
  static String firstWord(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    int start = i;
    while (i < n && Character.isLetter(sql.charAt(i))) {
      i++;
    }
    return sql.substring(start, i);
  }

  /** One line, at most 160 characters, for failure messages. */
  static String shorten(String sql) {
    if (sql == null) {
      return "";
    }
    String flat = sql.strip().replaceAll("\\s+", " ");
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN - 1) + "…";
  }
}
