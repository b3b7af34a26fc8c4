package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.OptionalLong;

/**
 * The value-dependent facts of one statement, read with the lexer because the fingerprint (and so
 * the cache key) hides them: the outermost query's LIMIT/OFFSET values, which LIKE patterns start
 * with a wildcard, and how deeply brackets nest.
 */
final class ValueScan {
  private static final int LIMIT = 1;
  private static final int AFTER_LIMIT = 2;
  private static final int LIMIT_AFTER_COMMA = 3;
  private static final int OFFSET = 4;
  private static final int FETCH = 5;
  private static final int FETCH_COUNT = 6;
  private static final int LIKE = 7;
  private static final int LIKE_CONCAT = 8;
  private static final int LIKE_CONCAT_OPEN = 9;

  private final String sql;
  private final SqlLexer lexer;
  private int depth;
  private int maxDepth;
  private int state;
  private boolean lastWordNot;

  private boolean hasLimit;
  private long limit = -1;
  private boolean hasOffset;
  private long offset = -1;
  private long likeBits;
  private int likes;

  private ValueScan(String sql) {
    this.sql = sql;
    this.lexer = new SqlLexer(sql, true, true, new Problems());
  }

  static ValueScan of(String sql) {
    ValueScan scan = new ValueScan(sql);
    scan.run();
    return scan;
  }

  Paging paging() {
    if (!hasLimit && !hasOffset) {
      return Paging.NONE;
    }
    return new Paging(
        hasLimit,
        limit < 0 ? OptionalLong.empty() : OptionalLong.of(limit),
        hasOffset,
        offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset));
  }

  /** Bit i is set when the i-th LIKE/ILIKE (not NOT LIKE) has a literal leading wildcard. */
  long likeBits() {
    return likeBits;
  }

  int maxDepth() {
    return maxDepth;
  }

  private void run() {
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      if (state != 0 && consume(k)) {
        continue;
      }
      state = 0;
      switch (k) {
        case OPEN_PAREN, OPEN_BRACKET -> maxDepth = Math.max(maxDepth, ++depth);
        case CLOSE_PAREN, CLOSE_BRACKET -> depth = Math.max(0, depth - 1);
        case SEMICOLON -> depth = 0;
        case WORD -> word();
        default -> {}
      }
      if (k != Kind.WORD) {
        lastWordNot = false;
      }
    }
  }

  private void word() {
    boolean not = is("not");
    if (is("like") || is("ilike")) {
      if (!lastWordNot) {
        state = LIKE;
      }
    } else if (depth == 0) {
      if (is("limit")) {
        state = LIMIT;
      } else if (is("offset")) {
        state = OFFSET;
      } else if (is("fetch")) {
        state = FETCH;
      }
    }
    lastWordNot = not;
  }

  /** Handles the token after a keyword of interest; false when it does not continue the clause. */
  private boolean consume(Kind k) {
    switch (state) {
      case LIMIT -> {
        if (k == Kind.NUMBER || k == Kind.PARAM) {
          hasLimit = true;
          limit = value(k);
          state = AFTER_LIMIT;
          return true;
        }
        return false; // LIMIT ALL, LIMIT NULL
      }
      case AFTER_LIMIT -> {
        if (k == Kind.COMMA) {
          // MySQL LIMIT offset, count
          hasOffset = true;
          offset = limit;
          limit = -1;
          state = LIMIT_AFTER_COMMA;
          return true;
        }
        return false;
      }
      case LIMIT_AFTER_COMMA -> {
        if (k == Kind.NUMBER || k == Kind.PARAM) {
          limit = value(k);
        }
        state = 0;
        return k == Kind.NUMBER || k == Kind.PARAM;
      }
      case OFFSET -> {
        if (k == Kind.NUMBER || k == Kind.PARAM) {
          hasOffset = true;
          offset = value(k);
          state = 0;
          return true;
        }
        return false;
      }
      case FETCH -> {
        if (k == Kind.WORD && (is("first") || is("next"))) {
          state = FETCH_COUNT;
          return true;
        }
        return false;
      }
      case FETCH_COUNT -> {
        hasLimit = true;
        state = 0;
        if (k == Kind.NUMBER || k == Kind.PARAM) {
          limit = value(k);
          return true;
        }
        limit = 1; // FETCH FIRST ROW ONLY
        return false;
      }
      case LIKE -> {
        if (k == Kind.STRING || k == Kind.DQUOTED) {
          like(leadingWildcard());
          state = 0;
          return true;
        }
        if (k == Kind.WORD && is("concat")) {
          state = LIKE_CONCAT;
          return true;
        }
        like(false);
        return false;
      }
      case LIKE_CONCAT -> {
        if (k == Kind.OPEN_PAREN) {
          maxDepth = Math.max(maxDepth, ++depth);
          state = LIKE_CONCAT_OPEN;
          return true;
        }
        like(false);
        return false;
      }
      case LIKE_CONCAT_OPEN -> {
        like(k == Kind.STRING && leadingWildcard());
        state = 0;
        return k == Kind.STRING;
      }
      default -> {
        return false;
      }
    }
  }

  private void like(boolean leading) {
    if (leading && likes < 64) {
      likeBits |= 1L << likes;
    }
    likes++;
  }

  private boolean leadingWildcard() {
    // Skip a prefix (E'…', N'…', _utf8mb4'…') and the opening quote or $tag$.
    int i = lexer.start;
    int end = lexer.end;
    while (i < end && sql.charAt(i) != '\'' && sql.charAt(i) != '$' && sql.charAt(i) != '"') {
      i++;
    }
    if (i < end && sql.charAt(i) == '$') {
      int close = sql.indexOf('$', i + 1);
      i = close < 0 ? end : close;
    }
    i++;
    return i < end && (sql.charAt(i) == '%' || sql.charAt(i) == '_');
  }

  private long value(Kind k) {
    if (k != Kind.NUMBER) {
      return -1;
    }
    long v = 0;
    for (int i = lexer.start; i < lexer.end; i++) {
      char c = sql.charAt(i);
      if (c < '0' || c > '9' || v > Long.MAX_VALUE / 10 - 10) {
        return -1; // decimals, hex, overflow: present, value unknown
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private boolean is(String word) {
    int len = lexer.end - lexer.start;
    return len == word.length() && sql.regionMatches(true, lexer.start, word, 0, len);
  }
}
