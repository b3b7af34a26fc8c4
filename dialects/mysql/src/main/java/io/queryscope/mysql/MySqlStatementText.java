package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a statement is (a plain SELECT the analyzer may run, DML it may run only inside a
 * rolled-back transaction, or something it never runs), and the statement with sample values in
 * place of {@code ?}. Reads the text with comments and literals blanked out so words inside them do
 * not count.
 */
final class MySqlStatementText {

  private static final Pattern LOCKING_OR_WRITING =
      Pattern.compile(
          "\\b(for\\s+update|for\\s+share|lock\\s+in\\s+share\\s+mode|into\\s+(outfile|dumpfile|@))\\b|\\binto\\s+@");
  private static final Pattern DML_WORD = Pattern.compile("\\b(insert|update|delete|replace)\\b");

  enum Kind {
    SELECT,
    DML,
    OTHER
  }

  private MySqlStatementText() {}

  static Kind kind(String sql) {
    String code = blankLiterals(sql).toLowerCase(Locale.ROOT).strip();
    while (code.startsWith("(")) {
      code = code.substring(1).strip();
    }
    String first = code.split("\\s+", 2)[0];
    return switch (first) {
      case "select" -> LOCKING_OR_WRITING.matcher(code).find() ? Kind.OTHER : Kind.SELECT;
      case "with" ->
          DML_WORD.matcher(code).find()
              ? Kind.DML
              : LOCKING_OR_WRITING.matcher(code).find() ? Kind.OTHER : Kind.SELECT;
      case "insert", "update", "delete", "replace" -> Kind.DML;
      default -> Kind.OTHER;
    };
  }

  /** The text with string literals, quoted names and comments replaced by spaces. */
  static String blankLiterals(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = closing(sql, i, c);
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '#' || (c == '-' && sql.startsWith("-- ", i))) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
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

  /**
   * Puts sample values where the statement has {@code ?}; MySQL cannot plan a statement without
   * values.
   */
  static String withBinds(String sql, List<String> binds) {
    String blanked = blankLiterals(sql);
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < sql.length(); i++) {
      if (blanked.charAt(i) == '?') {
        if (next >= binds.size()) {
          throw new QueryScopeException(
              ErrorCode.USAGE,
              "cannot explain a statement with '?' placeholders on MySQL/MariaDB without values"
                  + " (it has more placeholders than the "
                  + binds.size()
                  + " sample values given): the server plans only concrete statements; give"
                  + " sample values for every '?' or a statement with literals");
        }
        out.append(literal(binds.get(next++)));
      } else {
        out.append(sql.charAt(i));
      }
    }
    return out.toString();
  }

  private static String literal(String value) {
    if (value == null || value.equalsIgnoreCase("null")) {
      return "NULL";
    }
    if (value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      return value;
    }
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }
}
