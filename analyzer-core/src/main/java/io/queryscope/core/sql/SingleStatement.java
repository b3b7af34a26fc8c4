package io.queryscope.core.sql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The check every statement queryscope sends to a server, and every DDL it prints, passes first:
 * the text is exactly one statement, and it begins with one of the phrases its sender means to send
 * ({@code "CREATE INDEX"}, {@code "SELECT"}).
 *
 * <p>Strict on purpose, because the core lexer is forgiving and servers differ: the text is lexed
 * with PostgreSQL's rules and with MySQL's (backslash escapes, unnested comments), and both must
 * see one statement. A {@code ;} counts as harmless only inside a quoted token that both lexings
 * agree on: a backtick name, or a string or double-quoted text that holds no backslash and is no
 * dollar quote, so that no server's escaping can turn it into a separator; a {@code ;} in a comment
 * is refused, because MySQL does not read {@code --x} or PostgreSQL {@code #} as a comment. Control
 * characters and unterminated quotes or comments are refused too.
 */
public final class SingleStatement {

  private SingleStatement() {}

  /**
   * Throws unless {@code sql} is exactly one statement beginning with one of {@code kinds}.
   *
   * @throws QueryScopeException REFUSED_STATEMENT naming why; the text itself is not echoed, since
   *     it may carry literals or a payload
   */
  public static void require(String sql, String... kinds) {
    String problem = problem(sql, kinds);
    if (problem != null) {
      throw new QueryScopeException(
          ErrorCode.REFUSED_STATEMENT,
          "queryscope refused to send a statement it built, because " + problem);
    }
  }

  /** {@code sql} itself, once {@link #require} has passed it: for a call that sends it at once. */
  public static String checked(String sql, String... kinds) {
    require(sql, kinds);
    return sql;
  }

  /** True when {@code sql} is exactly one statement beginning with one of {@code kinds}. */
  public static boolean isSingle(String sql, String... kinds) {
    return problem(sql, kinds) == null;
  }

  /**
   * Why {@code sql} is not exactly one statement beginning with one of {@code kinds}, or null when
   * it is. An empty {@code kinds} accepts any leading word.
   */
  public static String problem(String sql, String... kinds) {
    if (sql == null || sql.isBlank()) {
      return "it is empty";
    }
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        return "it contains a control character (code " + (int) c + ") at offset " + i;
      }
    }
    List<String> leading = null;
    for (boolean mysqlRules : new boolean[] {false, true}) {
      Lexed lexed = lex(sql, mysqlRules);
      if (lexed.problem != null) {
        return lexed.problem;
      }
      if (leading == null) {
        leading = lexed.leadingWords;
      } else if (!leading.equals(lexed.leadingWords)) {
        return "PostgreSQL's and MySQL's rules read its first words differently";
      }
    }
    if (kinds.length == 0) {
      return null;
    }
    for (String kind : kinds) {
      if (startsWith(leading, kind)) {
        return null;
      }
    }
    return "it is not "
        + String.join(" or ", kinds)
        + " but begins with "
        + (leading.isEmpty() ? "no keyword" : String.join(" ", leading).toUpperCase(Locale.ROOT));
  }

  /** What one lexing saw: the first words, or the reason the text is not one plain statement. */
  private record Lexed(List<String> leadingWords, String problem) {
    static Lexed refused(String problem) {
      return new Lexed(List.of(), problem);
    }
  }

  private static final int KIND_WORDS = 4;

  private static Lexed lex(String sql, boolean mysqlRules) {
    Problems problems = new Problems();
    SqlLexer lexer = new SqlLexer(sql, mysqlRules, !mysqlRules, problems);
    BitSet harmlessSemicolons = new BitSet(sql.length());
    List<String> leading = new ArrayList<>(KIND_WORDS);
    boolean wordsDone = false;
    boolean terminated = false;
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      if (terminated) {
        return Lexed.refused("it holds more than one statement");
      }
      if (k == Kind.SEMICOLON) {
        terminated = true;
        harmlessSemicolons.set(lexer.start);
        continue;
      }
      if (k == Kind.STRING || k == Kind.QUOTED_IDENT || k == Kind.DQUOTED) {
        String token = sql.substring(lexer.start, lexer.end);
        if (token.indexOf(';') >= 0) {
          // A backtick name takes no escapes on any server; a string or double-quoted text does
          // under some settings (standard_conforming_strings, NO_BACKSLASH_ESCAPES), and a dollar
          // quote only on PostgreSQL.
          boolean settingsDependent =
              k != Kind.QUOTED_IDENT && (token.indexOf('\\') >= 0 || token.startsWith("$"));
          if (settingsDependent) {
            return Lexed.refused(
                "a ';' stands in a quoted text with escapes or dollar quotes, where servers may"
                    + " disagree on where the text ends");
          }
          for (int i = lexer.start; i < lexer.end; i++) {
            if (sql.charAt(i) == ';') {
              harmlessSemicolons.set(i);
            }
          }
        }
      }
      if (!wordsDone) {
        if (k == Kind.WORD && leading.size() < KIND_WORDS) {
          leading.add(sql.substring(lexer.start, lexer.end).toLowerCase(Locale.ROOT));
        } else {
          wordsDone = true;
        }
      }
    }
    if (!problems.isEmpty()) {
      return Lexed.refused("it is malformed (" + problems.toList().get(0) + ")");
    }
    for (int i = sql.indexOf(';'); i >= 0; i = sql.indexOf(';', i + 1)) {
      if (!harmlessSemicolons.get(i)) {
        return Lexed.refused(
            "a ';' at offset " + i + " stands outside any quoted text (in a comment?)");
      }
    }
    return new Lexed(List.copyOf(leading), null);
  }

  private static boolean startsWith(List<String> words, String phrase) {
    String[] wanted = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
    if (wanted.length > words.size()) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (!wanted[i].equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }
}
