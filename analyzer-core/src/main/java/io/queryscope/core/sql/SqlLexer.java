package io.queryscope.core.sql;

/**
 * A forgiving single-pass SQL tokenizer for PostgreSQL and MySQL/MariaDB text. It never allocates
 * per token: {@link #next()} returns the kind and leaves the token's span in {@link #start} and
 * {@link #end}. Comments and whitespace are skipped; broken input is reported to {@link Problems}
 * and lexed as far as it goes, never rejected.
 */
final class SqlLexer {

  enum Kind {
    WORD,
    /** {@code `name`} or {@code U&"name"}: always an identifier. */
    QUOTED_IDENT,
    /** {@code "…"}: an identifier in PostgreSQL, usually a string in MySQL; the caller decides. */
    DQUOTED,
    STRING,
    NUMBER,
    PARAM,
    OPERATOR,
    OPEN_PAREN,
    CLOSE_PAREN,
    OPEN_BRACKET,
    CLOSE_BRACKET,
    COMMA,
    DOT,
    SEMICOLON,
    OTHER,
    EOF
  }

  private final String s;
  private final int n;

  /** MySQL treats {@code \'} as an escape in every string; PostgreSQL only in {@code E''}. */
  private final boolean backslashEscapes;

  /** PostgreSQL nests block comments; MySQL ends them at the first {@code *}{@code /}. */
  private final boolean nestedComments;

  private final Problems problems;
  private int pos;
  private boolean inVersionedComment;
  private Kind last = Kind.EOF;

  int start;
  int end;

  SqlLexer(String s, boolean backslashEscapes, boolean nestedComments, Problems problems) {
    this.s = s;
    this.n = s.length();
    this.backslashEscapes = backslashEscapes;
    this.nestedComments = nestedComments;
    this.problems = problems;
  }

  Kind next() {
    Kind k = scan();
    last = k;
    return k;
  }

  /** The first character after the current token that is not whitespace, or 0 at the end. */
  char peekSignificant() {
    int i = pos;
    while (i < n) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        return c;
      }
      i++;
    }
    return 0;
  }

  private Kind scan() {
    while (true) {
      if (pos >= n) {
        start = end = n;
        return Kind.EOF;
      }
      char c = s.charAt(pos);
      if (isSpace(c)) {
        pos++;
        continue;
      }
      if (c == '-' && at(pos + 1) == '-') {
        skipLine();
        continue;
      }
      // MySQL '#' comment; PostgreSQL '#>', '#>>' and '#-' are json operators.
      if (c == '#' && at(pos + 1) != '>' && at(pos + 1) != '-') {
        skipLine();
        continue;
      }
      if (c == '/' && at(pos + 1) == '*') {
        if (at(pos + 2) == '!') {
          // MySQL executable comment: its content is SQL, so lex it; skip the version number.
          pos += 3;
          while (pos < n && isDigit(s.charAt(pos))) {
            pos++;
          }
          inVersionedComment = true;
        } else {
          skipBlockComment();
        }
        continue;
      }
      if (c == '*' && inVersionedComment && at(pos + 1) == '/') {
        inVersionedComment = false;
        pos += 2;
        continue;
      }
      if (c < 0x20 || c == 0x7f || c == 0xfffd) {
        problems.controlCharacter(pos);
        pos++;
        continue;
      }
      start = pos;
      return token(c);
    }
  }

  private Kind token(char c) {
    switch (c) {
      case '(':
        pos++;
        return done(Kind.OPEN_PAREN);
      case ')':
        pos++;
        return done(Kind.CLOSE_PAREN);
      case '[':
        pos++;
        return done(Kind.OPEN_BRACKET);
      case ']':
        pos++;
        return done(Kind.CLOSE_BRACKET);
      case ',':
        pos++;
        return done(Kind.COMMA);
      case ';':
        pos++;
        return done(Kind.SEMICOLON);
      case '\'':
        return quoted('\'', backslashEscapes, Kind.STRING, "string literal");
      case '"':
        return quoted('"', backslashEscapes, Kind.DQUOTED, "double-quoted string or identifier");
      case '`':
        return quoted('`', false, Kind.QUOTED_IDENT, "quoted identifier");
      case '?':
        return questionMark();
      case ':':
        return colon();
      case '$':
        return dollar();
      case '@':
        // MySQL @user_var and @@system_var; PostgreSQL's @>, <@ and @ operators are not followed
        // by a letter.
        if (at(pos + 1) == '@' || isWordStart(at(pos + 1))) {
          pos++;
          while (pos < n
              && (isWordPart(s.charAt(pos)) || s.charAt(pos) == '@' || s.charAt(pos) == '.')) {
            pos++;
          }
          return done(Kind.WORD);
        }
        return operator();
      case '.':
        if (isDigit(at(pos + 1)) && !followsOperand()) {
          return number();
        }
        pos++;
        return done(Kind.DOT);
      default:
        break;
    }
    if (isDigit(c)) {
      return number();
    }
    if (isWordStart(c)) {
      return word(c);
    }
    if (isOperatorChar(c)) {
      return operator();
    }
    pos++;
    return done(Kind.OTHER);
  }

  private Kind done(Kind k) {
    end = pos;
    return k;
  }

  private boolean followsOperand() {
    return last == Kind.WORD
        || last == Kind.QUOTED_IDENT
        || last == Kind.DQUOTED
        || last == Kind.CLOSE_PAREN
        || last == Kind.CLOSE_BRACKET;
  }

  private Kind word(char first) {
    pos++;
    while (pos < n && isWordPart(s.charAt(pos))) {
      pos++;
    }
    int len = pos - start;
    char next = at(pos);
    if (next == '\'') {
      // Prefixed literals: E'…' (escapes), N'…', X'…', B'…', and MySQL's _charset'…' introducer.
      if (len == 1) {
        char f = (char) (first | 0x20);
        if (f == 'e') {
          return quoted('\'', true, Kind.STRING, "string literal");
        }
        if (f == 'n' || f == 'x' || f == 'b') {
          return quoted('\'', false, Kind.STRING, "string literal");
        }
      } else if (first == '_') {
        return quoted('\'', backslashEscapes, Kind.STRING, "string literal");
      }
    } else if (next == '&' && len == 1 && (first | 0x20) == 'u') {
      char q = at(pos + 1);
      if (q == '\'') {
        pos++;
        return quoted('\'', false, Kind.STRING, "string literal");
      }
      if (q == '"') {
        pos++;
        Kind k = quoted('"', false, Kind.QUOTED_IDENT, "quoted identifier");
        return k;
      }
    }
    return done(Kind.WORD);
  }

  /** Lexes from the opening quote at {@code pos}; the token keeps any prefix already consumed. */
  private Kind quoted(char q, boolean escapes, Kind kind, String what) {
    int open = pos;
    pos++;
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '\\' && escapes) {
        pos += 2;
        continue;
      }
      if (c == q) {
        if (at(pos + 1) == q) {
          pos += 2;
          continue;
        }
        pos++;
        return done(kind);
      }
      pos++;
    }
    pos = n;
    problems.add("unterminated " + what + " at offset " + open);
    return done(kind);
  }

  private Kind number() {
    char c = s.charAt(pos);
    if (c == '0' && (at(pos + 1) | 0x20) == 'x' && isHexDigit(at(pos + 2))) {
      pos += 2;
      while (pos < n && (isHexDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
        pos++;
      }
      return done(Kind.NUMBER);
    }
    if (c == '0' && ((at(pos + 1) | 0x20) == 'b' || (at(pos + 1) | 0x20) == 'o')) {
      char d = at(pos + 2);
      if (isDigit(d)) {
        pos += 2;
      }
    }
    while (pos < n && (isDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    if (at(pos) == '.' && at(pos + 1) != '.') {
      pos++;
      while (pos < n && isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    if ((at(pos) | 0x20) == 'e') {
      int save = pos;
      pos++;
      if (at(pos) == '+' || at(pos) == '-') {
        pos++;
      }
      if (isDigit(at(pos))) {
        while (pos < n && isDigit(s.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save;
      }
    }
    return done(Kind.NUMBER);
  }

  private Kind questionMark() {
    char d = at(pos + 1);
    if (d == '?') {
      // pgjdbc's escape for the jsonb '?' operator.
      pos += 2;
      return done(Kind.OPERATOR);
    }
    if ((d == '|' && at(pos + 2) != '|') || d == '&') {
      pos += 2;
      return done(Kind.OPERATOR);
    }
    pos++;
    while (pos < n && isDigit(s.charAt(pos))) {
      pos++; // JPA positional ?1
    }
    return done(Kind.PARAM);
  }

  private Kind colon() {
    char d = at(pos + 1);
    if (d == ':' || d == '=') {
      pos += 2;
      return done(Kind.OPERATOR);
    }
    if (isWordStart(d) && at(pos - 1) != ':') {
      pos++;
      while (pos < n && isWordPart(s.charAt(pos))) {
        pos++;
      }
      return done(Kind.PARAM);
    }
    pos++;
    return done(Kind.OTHER);
  }

  private Kind dollar() {
    char d = at(pos + 1);
    if (isDigit(d)) {
      pos++;
      while (pos < n && isDigit(s.charAt(pos))) {
        pos++;
      }
      return done(Kind.PARAM);
    }
    int tagEnd = pos + 1;
    if (d != '$') {
      if (!isWordStart(d) || d == '$') {
        pos++;
        return done(Kind.OTHER);
      }
      while (tagEnd < n && isWordPart(s.charAt(tagEnd)) && s.charAt(tagEnd) != '$') {
        tagEnd++;
      }
      if (at(tagEnd) != '$') {
        pos++;
        return done(Kind.OTHER);
      }
    }
    String tag = s.substring(pos, tagEnd + 1);
    int close = s.indexOf(tag, tagEnd + 1);
    if (close < 0) {
      problems.add("unterminated dollar-quoted string at offset " + pos);
      pos = n;
    } else {
      pos = close + tag.length();
    }
    return done(Kind.STRING);
  }

  private Kind operator() {
    int from = pos;
    boolean pgSpecial = false;
    while (pos < n) {
      char c = s.charAt(pos);
      if (!isOperatorChar(c)) {
        break;
      }
      if (pos > from
          && (c == '#' || (c == '-' && at(pos + 1) == '-') || (c == '/' && at(pos + 1) == '*'))) {
        break;
      }
      if (c == '~' || c == '!' || c == '@' || c == '#' || c == '%' || c == '^' || c == '&'
          || c == '|') {
        pgSpecial = true;
      }
      pos++;
    }
    // PostgreSQL: a multi-character operator cannot end in + or - unless it has one of
    // ~!@#%^&|, so "=-1" is "=" followed by "-1".
    if (!pgSpecial) {
      while (pos - from > 1 && (s.charAt(pos - 1) == '+' || s.charAt(pos - 1) == '-')) {
        pos--;
      }
    }
    return done(Kind.OPERATOR);
  }

  private void skipLine() {
    while (pos < n && s.charAt(pos) != '\n') {
      pos++;
    }
  }

  private void skipBlockComment() {
    int open = pos;
    int depth = 0;
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == '/' && at(pos + 1) == '*') {
        if (depth == 0 || nestedComments) {
          depth++;
        }
        pos += 2;
      } else if (c == '*' && at(pos + 1) == '/') {
        pos += 2;
        if (--depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
    problems.add("unterminated comment at offset " + open);
  }

  private char at(int i) {
    return i < n && i >= 0 ? s.charAt(i) : 0;
  }

  // ASCII character classes, one table lookup instead of a chain of comparisons per character.
  private static final byte SPACE = 1;
  private static final byte WORD_START = 2;
  private static final byte DIGIT = 4;
  private static final byte WORD_PART = 8;
  private static final byte HEX = 16;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c : " \n\t\r\f\u000b".toCharArray()) {
      ASCII[c] = SPACE;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = WORD_START | WORD_PART;
      ASCII[c - 32] = WORD_START | WORD_PART;
    }
    for (char c = 'a'; c <= 'f'; c++) {
      ASCII[c] |= HEX;
      ASCII[c - 32] |= HEX;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = DIGIT | WORD_PART | HEX;
    }
    ASCII['_'] = WORD_START | WORD_PART;
    ASCII['$'] = WORD_PART;
  }

  static boolean isSpace(char c) {
    return c < 128 ? ASCII[c] == SPACE : Character.isSpaceChar(c);
  }

  static boolean isDigit(char c) {
    return c < 128 && (ASCII[c] & DIGIT) != 0;
  }

  private static boolean isHexDigit(char c) {
    return c < 128 && (ASCII[c] & HEX) != 0;
  }

  static boolean isWordStart(char c) {
    return c < 128 ? (ASCII[c] & WORD_START) != 0 : c != 0xfffd && !Character.isSpaceChar(c);
  }

  static boolean isWordPart(char c) {
    return c < 128 ? (ASCII[c] & WORD_PART) != 0 : c != 0xfffd && !Character.isSpaceChar(c);
  }

  private static boolean isOperatorChar(char c) {
    switch (c) {
      case '+', '-', '*', '/', '<', '>', '=', '~', '!', '@', '%', '^', '&', '|', '#':
        return true;
      default:
        return false;
    }
  }
}
