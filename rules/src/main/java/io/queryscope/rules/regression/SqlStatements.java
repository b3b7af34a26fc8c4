package io.queryscope.rules.regression;

import java.util.ArrayList;
import java.util.List;

/** Splits a script into statements at the {@code ;} that are code, not text. */
public final class SqlStatements {

  private SqlStatements() {}

  /**
   * The statements of a script, trimmed, each with the comments that precede it; chunks holding
   * only comments or blanks are dropped.
   */
  public static List<String> split(String script) {
    boolean[] code = SqlCode.mask(script);
    List<String> statements = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= script.length(); i++) {
      if (i == script.length() || (code[i] && script.charAt(i) == ';')) {
        if (hasCode(script, code, start, i)) {
          statements.add(script.substring(start, i).strip());
        }
        start = i + 1;
      }
    }
    return statements;
  }

  private static boolean hasCode(String script, boolean[] code, int from, int to) {
    for (int i = from; i < to; i++) {
      if (code[i] && !Character.isWhitespace(script.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
