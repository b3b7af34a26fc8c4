package io.queryscope.core.sql;

/**
 * A base table the statement touches (CTE names and derived tables are not base tables).
 *
 * @param schema the schema as written, or empty
 * @param name the table name, unquoted, lower-cased unless it was quoted
 * @param alias the alias it was given, or empty
 * @param access whether the statement reads or writes it
 */
public record TableRef(String schema, String name, String alias, Access access) {

  /** Read from, or written to ({@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM}). */
  public enum Access {
    READ,
    WRITE
  }
}
