package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;

/**
 * Which characters of a SQL text are code, as the fingerprint lexer reads it: string literals,
 * quoted names and comments are not, so a {@code ;} or {@code ?} inside {@code 'a;b?'} or a comment
 * is left alone. One reading of SQL for every module, instead of a scanner per use. Never throws.
 */
public final class SqlText {

  private SqlText() {}

  /**
   * {@code mask[i]} is true when character {@code i} is code or whitespace between code; false
   * inside string literals, quoted names ({@code "…"}, {@code `…`}) and comments.
   */
  public static boolean[] codeMask(String sql) {
    boolean[] code = new boolean[sql == null ? 0 : sql.length()];
    if (sql == null) {
      return code;
    }
    SqlLexer lexer = new SqlLexer(sql, true, true, new Problems());
    int gapStart = 0;
    for (Kind k = lexer.next(); ; k = lexer.next()) {
      int tokenStart = k == Kind.EOF ? sql.length() : lexer.start;
      // Between tokens the lexer skipped whitespace and comments: whitespace counts as code, so
      // word boundaries survive; comment text does not.
      for (int i = gapStart; i < tokenStart; i++) {
        code[i] = Character.isWhitespace(sql.charAt(i));
      }
      if (k == Kind.EOF) {
        return code;
      }
      boolean literal = k == Kind.STRING || k == Kind.QUOTED_IDENT || k == Kind.DQUOTED;
      for (int i = lexer.start; i < lexer.end; i++) {
        code[i] = !literal;
      }
      gapStart = lexer.end;
    }
  }

  /**
   * Whether the {@code ?} at {@code i} (in code) is a JDBC placeholder rather than part of an
   * operator: PostgreSQL's jsonb {@code ?|} and {@code ?&}, or JDBC's escaped {@code ??}. A {@code
   * ?||} is a placeholder concatenated with something ({@code like ?||'%'}, as Hibernate writes
   * it).
   */
  public static boolean isPlaceholderAt(String sql, int i) {
    if (sql.charAt(i) != '?' || (i > 0 && sql.charAt(i - 1) == '?')) {
      return false;
    }
    char next = i + 1 < sql.length() ? sql.charAt(i + 1) : ' ';
    if (next == '|') {
      return i + 2 < sql.length() && sql.charAt(i + 2) == '|';
    }
    return next != '&' && next != '?';
  }

  /** The text with literals, quoted names and comments replaced by spaces; same length. */
  public static String blankLiterals(String sql) {
    if (sql == null) {
      return "";
    }
    boolean[] code = codeMask(sql);
    char[] out = sql.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (!code[i]) {
        out[i] = ' ';
      }
    }
    return new String(out);
  }
}
