package io.queryscope.postgresql;

import io.queryscope.core.sql.SqlCalls;
import io.queryscope.core.sql.SqlText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A light lexical view of one PostgreSQL statement: words and symbols outside literals and
 * comments, which is all the session needs to number placeholders, count statements and see which
 * functions are called. Not a parser: it never fails.
 */
final class PostgresSqlText {

  /** A word (lower-cased identifier or keyword) or a one-character symbol outside literals. */
  record Token(String text, int start, int end, boolean word) {}

  private final String sql;
  private final List<Token> tokens = new ArrayList<>();

  private PostgresSqlText(String sql) {
    this.sql = sql;
    scan();
  }

  static PostgresSqlText of(String sql) {
    return new PostgresSqlText(sql == null ? "" : sql);
  }

  List<Token> tokens() {
    return tokens;
  }

  /** Lower-case words outside literals and comments, in order. */
  List<String> words() {
    return tokens.stream().filter(Token::word).map(Token::text).toList();
  }

  /** Statements separated by top-level semicolons; a trailing semicolon does not count. */
  int statementCount() {
    int count = 0;
    boolean content = false;
    for (Token t : tokens) {
      if (t.text().equals(";")) {
        if (content) {
          count++;
        }
        content = false;
      } else {
        content = true;
      }
    }
    return content ? count + 1 : count;
  }

  /** Names of functions called ({@code word(}), as the core lexer reads them, without keywords. */
  Set<String> calledFunctions() {
    Set<String> names = new LinkedHashSet<>();
    for (SqlCalls.Call call : SqlCalls.of(sql, SqlCalls.Flavor.POSTGRES).calls()) {
      names.add(call.name());
    }
    return names;
  }

  /**
   * The statement with JDBC {@code ?} placeholders numbered {@code $1, $2 …} after any {@code $n}
   * already present, a fingerprint's collapsed list {@code (...)} read as one placeholder, and a
   * trailing semicolon removed.
   */
  Parameterized parameterized() {
    int highest = 0;
    for (Token t : tokens) {
      if (t.text().startsWith("$") && t.text().length() > 1) {
        highest = Math.max(highest, Integer.parseInt(t.text().substring(1)));
      }
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    int next = highest;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.text().equals("?")) {
        out.append(sql, copied, t.start()).append('$').append(++next);
        copied = t.end();
      } else if (t.text().equals("(")
          && i + 4 < tokens.size()
          && tokens.get(i + 1).text().equals(".")
          && tokens.get(i + 2).text().equals(".")
          && tokens.get(i + 3).text().equals(".")
          && tokens.get(i + 4).text().equals(")")) {
        out.append(sql, copied, t.start()).append("($").append(++next).append(')');
        copied = tokens.get(i + 4).end();
        i += 4;
      }
    }
    out.append(sql.substring(copied));
    String text = out.toString().strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return new Parameterized(text, next);
  }

  /** A statement in PostgreSQL's placeholder style and how many parameters it takes. */
  record Parameterized(String sql, int parameterCount) {}

  private void scan() {
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int eol = sql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = skipBlockComment(i);
      } else if (c == '\'') {
        boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
        i = skipQuoted(i, '\'', escapes);
      } else if (c == '"') {
        int end = skipQuoted(i, '"', false);
        tokens.add(new Token(sql.substring(i, end), i, end, true));
        i = end;
      } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && Character.isDigit(sql.charAt(end))) {
          end++;
        }
        tokens.add(new Token(sql.substring(i, end), i, end, false));
        i = end;
      } else if (c == '$') {
        i = skipDollarQuoted(i);
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < n
            && (Character.isLetterOrDigit(sql.charAt(end))
                || sql.charAt(end) == '_'
                || sql.charAt(end) == '$')) {
          end++;
        }
        if (end < n && sql.charAt(end) == '\'') {
          // E'..', B'..', X'..', U&'..': the prefix belongs to the literal that follows.
          i = end;
          continue;
        }
        tokens.add(new Token(sql.substring(i, end).toLowerCase(Locale.ROOT), i, end, true));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
          end++;
        }
        i = end;
      } else if (c == '?' && !SqlText.isPlaceholderAt(sql, i)) {
        i += 2; // jsonb ?| and ?&, or JDBC's escaped ? operator ??
      } else {
        tokens.add(new Token(String.valueOf(c), i, i + 1, false));
        i++;
      }
    }
  }

  private int skipBlockComment(int from) {
    int depth = 0;
    int i = from;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private int skipQuoted(int from, char quote, boolean backslashEscapes) {
    int i = from + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private int skipDollarQuoted(int from) {
    int close = sql.indexOf('$', from + 1);
    if (close < 0) {
      return from + 1;
    }
    String tag = sql.substring(from, close + 1);
    if (!tag.substring(1, tag.length() - 1)
        .chars()
        .allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
      return from + 1;
    }
    int end = sql.indexOf(tag, close + 1);
    return end < 0 ? sql.length() : end + tag.length();
  }
}
