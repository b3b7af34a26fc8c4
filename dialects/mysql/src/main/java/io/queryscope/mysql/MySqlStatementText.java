package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SqlText;
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
    String code = SqlText.blankLiterals(sql).toLowerCase(Locale.ROOT).strip();
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

  /**
   * Puts sample values where the statement has {@code ?}; MySQL cannot plan a statement without
   * values.
   */
  static String withBinds(String sql, List<String> binds) {
    String blanked = SqlText.blankLiterals(sql);
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
