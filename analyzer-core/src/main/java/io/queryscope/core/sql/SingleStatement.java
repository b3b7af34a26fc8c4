package io.queryscope.core.sql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.Locale;

/**
 * Stand-in, on the ddl branch, for the lead's guard of the same name and signature (delete this
 * copy when merging): a text is exactly one statement, starting with the given words, under both
 * PostgreSQL's and MySQL's lexing rules, and without control characters.
 */
public final class SingleStatement {

  private SingleStatement() {}

  public static boolean isSingle(String sql, String... leadingKeywords) {
    return sql != null
        && leadingKeywords.length > 0
        && single(sql, true, false, leadingKeywords)
        && single(sql, false, true, leadingKeywords);
  }

  public static void require(String sql, String... leadingKeywords) {
    if (!isSingle(sql, leadingKeywords)) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "refusing SQL that is not exactly one "
              + String.join(" ", leadingKeywords)
              + " statement");
    }
  }

  private static boolean single(
      String sql, boolean backslashEscapes, boolean nestedComments, String[] leading) {
    Problems problems = new Problems();
    SqlLexer lexer = new SqlLexer(sql, backslashEscapes, nestedComments, problems);
    int word = 0;
    boolean ended = false;
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      if (ended) {
        return false; // something after the terminating semicolon
      }
      if (k == Kind.SEMICOLON) {
        ended = true;
        continue;
      }
      if (word < leading.length) {
        if (k != Kind.WORD
            || !sql.substring(lexer.start, lexer.end)
                .toLowerCase(Locale.ROOT)
                .equals(leading[word].toLowerCase(Locale.ROOT))) {
          return false;
        }
        word++;
      }
    }
    return word == leading.length && problems.isEmpty() && noControlCharacters(sql);
  }

  private static boolean noControlCharacters(String sql) {
    return sql.chars()
        .noneMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f);
  }
}
