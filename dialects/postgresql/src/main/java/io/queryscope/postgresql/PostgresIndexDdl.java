package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.CreateIndexIncludeStep;
import org.jooq.CreateIndexStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Renders CREATE INDEX for PostgreSQL with jOOQ, quoting a name only where PostgreSQL needs it
 * (upper case, odd characters, reserved words), so the DDL reads like a person wrote it.
 */
final class PostgresIndexDdl {

  private static final DSLContext SQL =
      DSL.using(
          SQLDialect.POSTGRES,
          new Settings()
              .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
              .withRenderKeywordCase(RenderKeywordCase.UPPER)
              .withRenderFormatted(false));

  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final Pattern ALREADY_QUOTED = Pattern.compile("\"(?:[^\"]|\"\")+\"");

  /** PostgreSQL's reserved and type-or-function-name keywords: these need quotes as names. */
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
          "binary",
          "both",
          "case",
          "cast",
          "check",
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
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "group",
          "having",
          "ilike",
          "in",
          "initially",
          "inner",
          "intersect",
          "into",
          "is",
          "isnull",
          "join",
          "lateral",
          "leading",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "natural",
          "not",
          "notnull",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "outer",
          "overlaps",
          "placing",
          "primary",
          "references",
          "returning",
          "right",
          "select",
          "session_user",
          "similar",
          "some",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with");

  private PostgresIndexDdl() {}

  /**
   * The CREATE INDEX the transactional what-if runs (so never CONCURRENTLY, which cannot run in a
   * transaction). The DDL users see is the rules' {@code IndexDdl}.
   */
  static String render(CandidateIndex index, String indexName) {
    if (index.table() == null || index.table().isBlank() || index.columns().isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "a candidate index needs a table and at least one column (got table '"
              + index.table()
              + "', columns "
              + index.columns()
              + ")");
    }
    Name table =
        index.schema() == null || index.schema().isBlank()
            ? name(index.table())
            : DSL.name(name(index.schema()), name(index.table()));
    Name indexName1 = name(indexName);
    CreateIndexStep create =
        index.unique() ? SQL.createUniqueIndex(indexName1) : SQL.createIndex(indexName1);
    CreateIndexIncludeStep on = create.on(DSL.table(table), keys(index.columns()));
    org.jooq.CreateIndexWhereStep withInclude =
        index.includeColumns().isEmpty() ? on : on.include(keys(index.includeColumns()));
    boolean partial = index.predicate() != null && !index.predicate().isBlank();
    Query query = partial ? withInclude.where(DSL.condition(index.predicate())) : withInclude;
    return query.getSQL(ParamType.INLINED);
  }

  private static Field<?>[] keys(List<String> columns) {
    return columns.stream().map(PostgresIndexDdl::key).toArray(Field<?>[]::new);
  }

  /** A column name, or an expression key such as {@code lower(email)} kept as written. */
  private static Field<?> key(String column) {
    String c = column.strip();
    if (ALREADY_QUOTED.matcher(c).matches() || isIdentifier(c)) {
      return DSL.field(name(c));
    }
    return DSL.field("(" + c + ")");
  }

  private static boolean isIdentifier(String text) {
    return text.matches("[A-Za-z_][A-Za-z0-9_$]*");
  }

  /** A name as PostgreSQL needs it written: bare when it can be, double-quoted otherwise. */
  static String identifier(String raw) {
    return PLAIN_NAME.matcher(raw).matches() && !RESERVED.contains(raw)
        ? raw
        : "\"" + raw.replace("\"", "\"\"") + "\"";
  }

  static Name name(String raw) {
    if (ALREADY_QUOTED.matcher(raw).matches()) {
      return DSL.quotedName(raw.substring(1, raw.length() - 1).replace("\"\"", "\""));
    }
    return PLAIN_NAME.matcher(raw).matches() && !RESERVED.contains(raw)
        ? DSL.unquotedName(raw)
        : DSL.quotedName(raw);
  }
}
