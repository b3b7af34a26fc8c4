package io.queryscope.core.dialect;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A server's one way to write a name into SQL. Every name handed to it is raw (as the catalog, a
 * plan or the parsed statement holds it), never "already quoted": it comes back bare only when it
 * is a plain lower-case word the server does not reserve, and quoted and escaped otherwise.
 */
public interface IdentifierQuoting {

  /**
   * The name as SQL text.
   *
   * @throws io.queryscope.core.QueryScopeException USAGE when the name is empty or holds a
   *     character queryscope will not put in SQL (a NUL or other control character)
   */
  String quote(String raw);

  /** {@code schema.name}, each part quoted; the schema is left out when null or empty. */
  default String qualified(String schema, String name) {
    String table = quote(name);
    return schema == null || schema.isEmpty() ? table : quote(schema) + "." + table;
  }

  /** The longest name the server keeps, in bytes of UTF-8 (generated names are ASCII). */
  int maxIdentifierLength();

  /** An index key as the server's CREATE INDEX takes it: a column, or a function of one. */
  String indexKey(IndexKey key);

  /**
   * The rule every dialect quotes by, with its own quote character and reserved words: bare only
   * for {@code [a-z_][a-z0-9_$]*} outside {@code reserved}, else quoted with the quote doubled.
   *
   * @throws QueryScopeException USAGE for an empty name or one with a control character
   */
  static String quoteUnlessPlain(String raw, char quote, Set<String> reserved) {
    if (raw == null || raw.isEmpty()) {
      throw new QueryScopeException(ErrorCode.USAGE, "an empty name cannot be written as SQL");
    }
    if (raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "the name contains a control character, which queryscope will not put in SQL");
    }
    if (PLAIN.matcher(raw).matches() && !reserved.contains(raw)) {
      return raw;
    }
    String q = String.valueOf(quote);
    return q + raw.replace(q, q + q) + q;
  }

  /** A name every server keeps as written when it is not a keyword. */
  Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
}
