package io.queryscope.rules.ddl;

import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CREATE and DROP INDEX statements in the target's spelling, every name through the dialect's
 * quoting. PostgreSQL gets INCLUDE and partial WHERE; MySQL and MariaDB have neither, so those
 * parts are left out rather than written wrong. Each returns null when the statement cannot be
 * rendered safely (see {@link PrintedDdl}).
 */
public final class IndexDdl {

  private IndexDdl() {}

  public static String create(DatabaseKind dialect, CandidateIndex index) {
    return PrintedDdl.render(
        () -> createText(dialect, index),
        index.unique()
            ? new String[] {"CREATE", "UNIQUE", "INDEX"}
            : new String[] {"CREATE", "INDEX"});
  }

  private static String createText(DatabaseKind dialect, CandidateIndex index) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append("INDEX ")
        .append(Identifiers.quote(dialect, name(dialect, index)))
        .append(" ON ")
        .append(Identifiers.qualified(dialect, index.schema(), index.table()))
        .append(" (")
        .append(
            index.keys().stream()
                .map(k -> Identifiers.key(dialect, k))
                .collect(Collectors.joining(", ")))
        .append(')');
    if (dialect == DatabaseKind.POSTGRESQL) {
      if (!index.includeColumns().isEmpty()) {
        sql.append(" INCLUDE (")
            .append(Identifiers.columns(dialect, index.includeColumns()))
            .append(')');
      }
      if (index.predicate() != null) {
        sql.append(" WHERE ").append(index.predicate());
      }
    }
    return sql.toString();
  }

  public static String drop(DatabaseKind dialect, IndexInfo index) {
    return PrintedDdl.render(
        () ->
            dialect == DatabaseKind.POSTGRESQL
                ? "DROP INDEX CONCURRENTLY "
                    + Identifiers.qualified(dialect, index.schema(), index.name())
                : "DROP INDEX "
                    + Identifiers.quote(dialect, index.name())
                    + " ON "
                    + Identifiers.qualified(dialect, index.schema(), index.table()),
        "DROP",
        "INDEX");
  }

  /**
   * How to take an index out of use reversibly before dropping it, or null where the server has no
   * such switch (or the statement cannot be rendered safely).
   */
  public static String hide(DatabaseKind dialect, IndexInfo index) {
    if (dialect == DatabaseKind.POSTGRESQL) {
      return null;
    }
    return PrintedDdl.render(
        () ->
            "ALTER TABLE "
                + Identifiers.qualified(dialect, index.schema(), index.table())
                + " ALTER INDEX "
                + Identifiers.quote(dialect, index.name())
                + (dialect == DatabaseKind.MYSQL ? " INVISIBLE" : " IGNORED"),
        "ALTER",
        "TABLE");
  }

  /** What to tell a person about running the DDL on a live server. */
  public static String buildAdvice(DatabaseKind dialect) {
    return dialect == DatabaseKind.POSTGRESQL
        ? "On a live server build it with CREATE INDEX CONCURRENTLY so writes are not blocked."
        : "InnoDB builds it online (ALGORITHM=INPLACE, LOCK=NONE); run it off-peak on large"
            + " tables.";
  }

  /** The index's generated name (raw), within PostgreSQL's limit, which MySQL's also admits. */
  public static String name(CandidateIndex index) {
    return index.suggestedName();
  }

  /** The index's generated name (raw), within the target's identifier length. */
  public static String name(DatabaseKind dialect, CandidateIndex index) {
    return index.suggestedName(
        Math.min(
            CandidateIndex.DEFAULT_NAME_LENGTH, Identifiers.of(dialect).maxIdentifierLength()));
  }

  /** A stable index name (raw) for a table and a purpose, in {@link #name}'s style. */
  public static String nameFor(String table, String suffix) {
    return name(CandidateIndex.on(table, List.of(suffix)));
  }
}
