package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;

/**
 * Turns lexer tokens into fingerprint text in one pass: literals and placeholders become {@code ?},
 * unquoted words are lower-cased, spacing is canonical, literal-only {@code IN (…)} and {@code
 * ARRAY[…]} lists become {@code (...)}, and repeated {@code VALUES} rows are dropped. Brackets are
 * tracked on an explicit stack (no recursion), so deep nesting costs nothing special.
 */
final class Normalizer {

  // What was last written to the output; decides spacing and context.
  private static final byte NONE = 0;
  private static final byte WORD = 1;
  private static final byte IDENT = 2;
  private static final byte VALUE = 3;
  private static final byte OPEN = 4;
  private static final byte CLOSE = 5;
  private static final byte COMMA = 6;
  private static final byte DOT = 7;
  private static final byte OP = 8;
  private static final byte CAST = 9;
  private static final byte SEMI = 10;
  private static final byte OTHER = 11;
  private static final byte BRACKET = 12;

  // Frame kinds.
  private static final byte PLAIN = 0;
  private static final byte LIST = 1;
  private static final byte ROW = 2;

  // VALUES clause state of a frame: none, expecting a row, just after a row.
  private static final byte NO_VALUES = 0;
  private static final byte EXPECT_ROW = 1;
  private static final byte AFTER_ROW = 2;

  /**
   * Words after which "(" keeps a space and "-1" is a signed literal. Changing this list changes
   * fingerprint ids: it is part of the stable format.
   */
  private static final String[] KEYWORDS = {
    "select",
    "from",
    "where",
    "and",
    "or",
    "not",
    "in",
    "exists",
    "values",
    "join",
    "on",
    "as",
    "using",
    "when",
    "then",
    "else",
    "case",
    "between",
    "is",
    "like",
    "ilike",
    "union",
    "all",
    "any",
    "some",
    "with",
    "set",
    "returning",
    "having",
    "by",
    "limit",
    "offset",
    "distinct",
    "lateral",
    "over",
    "filter",
    "within",
    "except",
    "intersect",
    "return",
    "rlike",
    "regexp",
    "escape"
  };

  private static final String[] LIKE_WORDS = {"like", "ilike", "rlike", "regexp"};

  private final String sql;
  private final SqlLexer lexer;
  private final Problems problems;
  private final StringBuilder out;

  private byte last = NONE;
  private int lastWordStart;
  private int lastWordLen;

  /** Output position of a pending unary sign that a following number would swallow. */
  private int signPos = -1;

  private byte beforeSign;

  private int top;
  private int unbalanced;
  private int firstUnbalanced;
  private int mismatched;
  private int firstMismatched;
  private int[] framePos = new int[8];
  private byte[] frameKind = new byte[8];
  private boolean[] frameAllValues = new boolean[8];
  private char[] frameCloser = new char[8];
  private byte[] frameValues = new byte[8];
  private int[] firstRowStart = new int[8];
  private int[] firstRowEnd = new int[8];
  private int[] rowComma = new int[8];

  /** False keeps words as written: redacted SQL that must still run on case-sensitive servers. */
  private final boolean foldCase;

  Normalizer(String sql, boolean backslashEscapes, boolean nestedComments, Problems problems) {
    this(sql, backslashEscapes, nestedComments, problems, true);
  }

  Normalizer(
      String sql,
      boolean backslashEscapes,
      boolean nestedComments,
      Problems problems,
      boolean foldCase) {
    this.foldCase = foldCase;
    this.sql = sql;
    this.problems = problems;
    this.lexer = new SqlLexer(sql, backslashEscapes, nestedComments, problems);
    // Normalized text is rarely longer than the input; ORM text with "a=?" grows a little.
    this.out = new StringBuilder(Math.min(sql.length() + (sql.length() >> 3) + 16, 1 << 26));
    frameAllValues[0] = true;
    firstRowStart[0] = -1;
  }

  String run() {
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      if (signPos >= 0) {
        boolean number = k == Kind.NUMBER;
        if (number) {
          out.setLength(signPos);
          last = beforeSign;
        }
        signPos = -1;
        if (number) {
          value();
          continue;
        }
        nonValue();
      }
      endValuesClauseUnless(k);
      switch (k) {
        case WORD -> word();
        case QUOTED_IDENT -> quotedIdentifier(lexer.start, lexer.end);
        case DQUOTED -> doubleQuoted();
        case STRING, NUMBER, PARAM -> value();
        case OPERATOR -> operator();
        case OPEN_PAREN -> open('(', ')');
        case OPEN_BRACKET -> open('[', ']');
        case CLOSE_PAREN -> close(')');
        case CLOSE_BRACKET -> close(']');
        case COMMA -> comma();
        case DOT -> {
          out.append('.');
          last = DOT;
          nonValue();
        }
        case SEMICOLON -> semicolon();
        default -> other();
      }
    }
    if (top > 0) {
      problems.add("unclosed parenthesis: " + top + " still open at the end");
    }
    if (unbalanced > 0) {
      problems.add(
          unbalanced + " unbalanced closing bracket(s), first at offset " + firstUnbalanced);
    }
    if (mismatched > 0) {
      problems.add(
          mismatched + " mismatched bracket(s) like '(]', first at offset " + firstMismatched);
    }
    int len = out.length();
    while (len > 0 && (out.charAt(len - 1) == ';' || out.charAt(len - 1) == ' ')) {
      len--;
    }
    out.setLength(len);
    return out.toString();
  }

  private void endValuesClauseUnless(Kind k) {
    byte state = frameValues[top];
    if (state != NO_VALUES
        && !(state == AFTER_ROW && k == Kind.COMMA)
        && !(state == EXPECT_ROW && k == Kind.OPEN_PAREN)) {
      frameValues[top] = NO_VALUES;
    }
  }

  private void word() {
    int start = lexer.start;
    int len = lexer.end - start;
    if (isWord(start, len, "true") || isWord(start, len, "false")) {
      value();
      return;
    }
    // NULL is a value, except in "IS [NOT] NULL" and "NOT NULL" where it is the shape.
    if (isWord(start, len, "null") && !(last == WORD && (lastWordIs("is") || lastWordIs("not")))) {
      value();
      return;
    }
    space(WORD);
    lastWordStart = out.length();
    lastWordLen = len;
    int end = start + len;
    int upper = start;
    while (upper < end && (!foldCase || !isAsciiUpper(sql.charAt(upper)))) {
      upper++;
    }
    out.append(sql, start, upper); // ORM text is lower case: one bulk copy
    for (int i = upper; i < end; i++) {
      char c = sql.charAt(i);
      out.append(isAsciiUpper(c) ? (char) (c | 0x20) : c);
    }
    last = WORD;
    nonValue();
    if (lastWordIs("values")) {
      frameValues[top] = EXPECT_ROW;
      firstRowStart[top] = -1;
    }
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private boolean isWord(int start, int len, String w) {
    return len == w.length() && sql.regionMatches(true, start, w, 0, len);
  }

  private void doubleQuoted() {
    // MySQL reads "…" as a string; PostgreSQL (and MySQL in ANSI_QUOTES) as an identifier. A
    // value position that is not qualified ("a"."b") decides for the string.
    boolean valuePosition =
        last == OP
            || ((last == OPEN || last == COMMA) && frameKind[top] != PLAIN)
            || (last == WORD && lastWordIsAny(LIKE_WORDS));
    if (valuePosition && lexer.peekSignificant() != '.') {
      value();
    } else {
      quotedIdentifier(lexer.start, lexer.end);
    }
  }

  /**
   * Quoted names that need no quotes ({@code "orders"}, {@code `id`}) print bare. Text that must
   * still run (not case-folded) keeps every quoted name as written: {@code "user"."select"} bare is
   * no longer the same statement.
   */
  private void quotedIdentifier(int start, int end) {
    if (!foldCase) {
      space(IDENT);
      out.append(sql, start, end);
      last = IDENT;
      nonValue();
      return;
    }
    char q = sql.charAt(start);
    if (q != '"' && q != '`') {
      start += 2; // U&"…"
      q = '"';
    }
    int from = start + 1;
    int to = end > from && sql.charAt(end - 1) == q ? end - 1 : end;
    space(IDENT);
    boolean bare = to > from && !SqlLexer.isDigit(sql.charAt(from));
    for (int i = from; i < to && bare; i++) {
      char c = sql.charAt(i);
      bare = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
    }
    if (bare) {
      out.append(sql, from, to);
    } else {
      out.append('"');
      for (int i = from; i < to; i++) {
        char c = sql.charAt(i);
        if (q == '`' && c == '`') {
          i++; // `` is one backtick
        } else if (q == '`' && c == '"') {
          out.append('"');
        }
        out.append(c);
      }
      out.append('"');
    }
    last = IDENT;
    nonValue();
  }

  private void value() {
    space(VALUE);
    out.append('?');
    last = VALUE;
  }

  private void operator() {
    int start = lexer.start;
    int len = lexer.end - start;
    if (len == 2 && sql.charAt(start) == ':' && sql.charAt(start + 1) == ':') {
      out.append("::");
      last = CAST;
      nonValue();
      return;
    }
    char c = sql.charAt(start);
    boolean unary =
        len == 1
            && (c == '-' || c == '+')
            && (last == NONE
                || last == OP
                || last == OPEN
                || last == COMMA
                || last == SEMI
                || (last == WORD && lastWordIsAny(KEYWORDS)));
    space(OP);
    if (unary) {
      beforeSign = last;
      signPos = out.length() - (out.length() > 0 && out.charAt(out.length() - 1) == ' ' ? 1 : 0);
    } else {
      nonValue();
    }
    out.append(sql, start, start + len);
    last = OP;
  }

  private void open(char c, char closer) {
    byte kind = PLAIN;
    if (c == '(') {
      if (last == WORD && lastWordIs("in")) {
        kind = LIST;
      } else if (frameValues[top] == EXPECT_ROW) {
        kind = ROW;
      }
    } else if (last == WORD && lastWordIs("array")) {
      kind = LIST;
    }
    space(c == '(' ? OPEN : BRACKET);
    out.append(c);
    last = OPEN;
    push(kind, closer);
  }

  private void push(byte kind, char closer) {
    if (++top == framePos.length) {
      int size = top * 2;
      framePos = java.util.Arrays.copyOf(framePos, size);
      frameKind = java.util.Arrays.copyOf(frameKind, size);
      frameAllValues = java.util.Arrays.copyOf(frameAllValues, size);
      frameCloser = java.util.Arrays.copyOf(frameCloser, size);
      frameValues = java.util.Arrays.copyOf(frameValues, size);
      firstRowStart = java.util.Arrays.copyOf(firstRowStart, size);
      firstRowEnd = java.util.Arrays.copyOf(firstRowEnd, size);
      rowComma = java.util.Arrays.copyOf(rowComma, size);
    }
    framePos[top] = out.length();
    frameKind[top] = kind;
    frameAllValues[top] = true;
    frameCloser[top] = closer;
    frameValues[top] = NO_VALUES;
    firstRowStart[top] = -1;
  }

  private void close(char c) {
    if (top == 0) {
      if (unbalanced++ == 0) {
        firstUnbalanced = lexer.start;
      }
      space(CLOSE);
      out.append(c);
      last = CLOSE;
      nonValue();
      return;
    }
    if (frameCloser[top] != c && mismatched++ == 0) {
      firstMismatched = lexer.start;
    }
    int frame = top--;
    boolean allValues = frameAllValues[frame];
    if (frameKind[frame] == LIST && allValues && out.length() > framePos[frame]) {
      out.setLength(framePos[frame]);
      out.append("...");
    }
    out.append(c);
    last = CLOSE;
    if (!allValues) {
      frameAllValues[top] = false;
    }
    if (frameKind[frame] == ROW) {
      rowClosed(framePos[frame] - 1, out.length());
    }
  }

  /** Drops a VALUES row that normalizes to the same text as the clause's first row. */
  private void rowClosed(int rowStart, int rowEnd) {
    if (firstRowStart[top] < 0) {
      firstRowStart[top] = rowStart;
      firstRowEnd[top] = rowEnd;
    } else if (sameText(firstRowStart[top], firstRowEnd[top], rowStart, rowEnd)) {
      out.setLength(rowComma[top]);
    }
    frameValues[top] = AFTER_ROW;
  }

  private boolean sameText(int aStart, int aEnd, int bStart, int bEnd) {
    if (aEnd - aStart != bEnd - bStart) {
      return false;
    }
    for (int i = aStart, j = bStart; i < aEnd; i++, j++) {
      if (out.charAt(i) != out.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private void comma() {
    if (frameValues[top] == AFTER_ROW) {
      rowComma[top] = out.length();
      frameValues[top] = EXPECT_ROW;
    }
    out.append(',');
    last = COMMA;
  }

  private void semicolon() {
    if (top > 0) {
      problems.add("unclosed parenthesis before ';' at offset " + lexer.start);
      top = 0;
    }
    frameValues[0] = NO_VALUES;
    out.append(';');
    last = SEMI;
  }

  private void other() {
    space(OTHER);
    out.append(sql, lexer.start, lexer.end);
    last = OTHER;
    nonValue();
  }

  private void nonValue() {
    frameAllValues[top] = false;
  }

  private void space(byte current) {
    if (out.length() == 0 || last == OPEN || last == DOT || last == CAST) {
      return;
    }
    boolean space =
        switch (current) {
          case COMMA, CLOSE, DOT, CAST, SEMI, BRACKET -> false;
          case OPEN -> last == WORD ? lastWordIsAny(KEYWORDS) : last != IDENT && last != CLOSE;
          default -> true;
        };
    if (space) {
      out.append(' ');
    }
  }

  private boolean lastWordIs(String w) {
    if (lastWordLen != w.length()) {
      return false;
    }
    for (int i = 0; i < lastWordLen; i++) {
      // Keywords are lower-case letters; OR-ing 0x20 also matches words kept as written.
      if ((out.charAt(lastWordStart + i) | 0x20) != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean lastWordIsAny(String[] words) {
    for (String w : words) {
      if (lastWordIs(w)) {
        return true;
      }
    }
    return false;
  }
}
