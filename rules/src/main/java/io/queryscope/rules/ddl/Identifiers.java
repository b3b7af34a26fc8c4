package io.queryscope.rules.ddl;

import io.queryscope.core.model.DatabaseKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes an identifier only when the server needs it: PostgreSQL double quotes for upper case, odd
 * characters or reserved words; MySQL/MariaDB backticks for odd characters or reserved words.
 */
public final class Identifiers {

  private static final Pattern PLAIN_POSTGRES = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final Pattern PLAIN_MYSQL =
      Pattern.compile("[A-Za-z0-9_$]*[A-Za-z_$][A-Za-z0-9_$]*");

  // Words both servers reserve that are also plausible column or table names.
  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "and",
          "as",
          "asc",
          "between",
          "by",
          "case",
          "check",
          "column",
          "constraint",
          "create",
          "cross",
          "current_date",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "delete",
          "desc",
          "distinct",
          "drop",
          "else",
          "end",
          "except",
          "exists",
          "false",
          "fetch",
          "for",
          "foreign",
          "from",
          "grant",
          "group",
          "having",
          "in",
          "index",
          "inner",
          "insert",
          "intersect",
          "into",
          "is",
          "join",
          "key",
          "left",
          "like",
          "limit",
          "not",
          "null",
          "offset",
          "on",
          "or",
          "order",
          "outer",
          "primary",
          "references",
          "right",
          "select",
          "table",
          "then",
          "to",
          "true",
          "union",
          "unique",
          "update",
          "user",
          "using",
          "values",
          "when",
          "where",
          "window",
          "with");

  private Identifiers() {}

  public static String quote(DatabaseKind dialect, String identifier) {
    if (identifier.startsWith("\"") || identifier.startsWith("`")) {
      return identifier; // already quoted by whoever wrote it
    }
    boolean reserved = RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
    if (dialect == DatabaseKind.POSTGRESQL) {
      return !reserved && PLAIN_POSTGRES.matcher(identifier).matches()
          ? identifier
          : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
    return !reserved && PLAIN_MYSQL.matcher(identifier).matches()
        ? identifier
        : "`" + identifier.replace("`", "``") + "`";
  }

  /** {@code schema.table}, each part quoted as needed; the schema is left out when null. */
  public static String qualified(DatabaseKind dialect, String schema, String name) {
    String table = quote(dialect, name);
    return schema == null || schema.isEmpty() ? table : quote(dialect, schema) + "." + table;
  }

  /**
   * A key column: plain names are quoted as needed, expressions ({@code lower(email)}) are kept as
   * written (MySQL wants them in an extra pair of parentheses).
   */
  static String keyColumn(DatabaseKind dialect, String column) {
    if (column.contains("(")) {
      // PostgreSQL takes a function call as a key; MySQL 8 wants every expression in parentheses.
      return dialect == DatabaseKind.POSTGRESQL ? column : "(" + column + ")";
    }
    return quote(dialect, column);
  }
}
