package io.queryscope.postgresql;

import io.queryscope.core.dialect.IdentifierQuoting;
import io.queryscope.core.dialect.IndexKey;
import java.util.Set;

/**
 * PostgreSQL's one quoting function: a name is bare only when it is a plain lower-case word that
 * PostgreSQL does not reserve (so it folds to itself), else double-quoted with {@code "} doubled.
 * Names are always raw; nothing is taken as already quoted.
 */
final class PostgresIdentifiers implements IdentifierQuoting {

  static final PostgresIdentifiers INSTANCE = new PostgresIdentifiers();

  /** NAMEDATALEN - 1: longer names are cut by the server, so two could collide. */
  static final int MAX_LENGTH = 63;

  /**
   * Reserved, type-or-function-name and column-name keywords: quoting one more word than needed is
   * harmless, one fewer is not.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "between",
          "bigint",
          "binary",
          "bit",
          "boolean",
          "both",
          "case",
          "cast",
          "char",
          "character",
          "check",
          "coalesce",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "dec",
          "decimal",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "exists",
          "extract",
          "false",
          "fetch",
          "float",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "greatest",
          "group",
          "grouping",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "inout",
          "int",
          "integer",
          "intersect",
          "interval",
          "into",
          "is",
          "isnull",
          "join",
          "json",
          "lateral",
          "leading",
          "least",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "merge_action",
          "national",
          "natural",
          "nchar",
          "none",
          "normalize",
          "not",
          "notnull",
          "null",
          "nullif",
          "numeric",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "out",
          "outer",
          "overlaps",
          "overlay",
          "placing",
          "position",
          "precision",
          "primary",
          "real",
          "references",
          "returning",
          "right",
          "row",
          "select",
          "session_user",
          "setof",
          "similar",
          "smallint",
          "some",
          "substring",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "time",
          "timestamp",
          "to",
          "trailing",
          "treat",
          "trim",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "values",
          "varchar",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with",
          "xmlattributes",
          "xmlconcat",
          "xmlelement",
          "xmlexists",
          "xmlforest",
          "xmlnamespaces",
          "xmlparse",
          "xmlpi",
          "xmlroot",
          "xmlserialize",
          "xmltable");

  private PostgresIdentifiers() {}

  @Override
  public String quote(String raw) {
    return IdentifierQuoting.quoteUnlessPlain(raw, '"', RESERVED);
  }

  @Override
  public int maxIdentifierLength() {
    return MAX_LENGTH;
  }

  /** {@code "Email"}, or a function call key {@code lower("Email")}, which needs no parentheses. */
  @Override
  public String indexKey(IndexKey key) {
    String column = quote(key.column());
    return key.isExpression() ? key.function() + "(" + column + ")" : column;
  }
}
