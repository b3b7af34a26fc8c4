package io.queryscope.core.dialect;

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
}
