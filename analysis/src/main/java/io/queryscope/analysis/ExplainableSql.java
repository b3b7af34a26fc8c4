package io.queryscope.analysis;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.Fingerprinter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which statements queryscope explains: one of the kinds EXPLAIN takes on both servers, lexing
 * cleanly. Anything else is the user's input to fix (exit 2), not a server failure, and is said
 * without quoting the statement, whose values are not for the terminal.
 */
public final class ExplainableSql {

  static final Set<String> KINDS =
      Set.of("select", "with", "insert", "update", "delete", "table", "values");

  private ExplainableSql() {}

  /**
   * @throws QueryScopeException ({@link ErrorCode#USAGE}) naming what is wrong with {@code sql}
   */
  public static void require(String sql) {
    int nul = sql.indexOf('\0');
    if (nul >= 0) {
      throw usage("the statement contains a NUL byte at offset " + nul + "; remove it");
    }
    List<String> problems = Fingerprinter.fingerprint(sql).problems();
    if (!problems.isEmpty()) {
      throw usage(
          "the statement is malformed ("
              + String.join(", ", problems)
              + "); check its quotes, comments and brackets");
    }
    String kind = firstWord(sql);
    if (!KINDS.contains(kind)) {
      throw usage(
          (kind.isEmpty()
                  ? "this is not a statement EXPLAIN takes"
                  : kind.toUpperCase(Locale.ROOT) + " cannot be explained")
              + "; give one SELECT, WITH, TABLE, VALUES, INSERT, UPDATE or DELETE statement");
    }
  }

  /**
   * The statement's first keyword in lower case, past opening brackets and comments (ORMs and
   * sqlcommenter put {@code /* … *}{@code /} in front of the statement).
   */
  static String firstWord(String sql) {
    String s = sql.stripLeading();
    while (true) {
      if (s.startsWith("(")) {
        s = s.substring(1).stripLeading();
      } else if (s.startsWith("/*") && s.indexOf("*/", 2) > 0) {
        s = s.substring(s.indexOf("*/", 2) + 2).stripLeading();
      } else if (s.startsWith("--")) {
        int nl = s.indexOf('\n');
        s = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
      } else {
        break;
      }
    }
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static QueryScopeException usage(String message) {
    return new QueryScopeException(ErrorCode.USAGE, message);
  }
}
