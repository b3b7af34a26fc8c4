package io.queryscope.rules.ddl;

import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CREATE and DROP INDEX statements in the target's spelling. PostgreSQL gets INCLUDE and partial
 * WHERE; MySQL and MariaDB have neither, so those parts are left out rather than written wrong.
 */
public final class IndexDdl {

  private IndexDdl() {}

  public static String create(DatabaseKind dialect, CandidateIndex index) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.unique()) {
      sql.append("UNIQUE ");
    }
    sql.append("INDEX ")
        .append(Identifiers.quote(dialect, name(index)))
        .append(" ON ")
        .append(Identifiers.qualified(dialect, index.schema(), index.table()))
        .append(" (")
        .append(columns(dialect, index.columns()))
        .append(')');
    if (dialect == DatabaseKind.POSTGRESQL) {
      if (!index.includeColumns().isEmpty()) {
        sql.append(" INCLUDE (").append(columns(dialect, index.includeColumns())).append(')');
      }
      if (index.predicate() != null) {
        sql.append(" WHERE ").append(index.predicate());
      }
    }
    return sql.toString();
  }

  public static String drop(DatabaseKind dialect, IndexInfo index) {
    if (dialect == DatabaseKind.POSTGRESQL) {
      return "DROP INDEX CONCURRENTLY "
          + Identifiers.qualified(dialect, index.schema(), index.name());
    }
    return "DROP INDEX "
        + Identifiers.quote(dialect, index.name())
        + " ON "
        + Identifiers.qualified(dialect, index.schema(), index.table());
  }

  /**
   * How to take an index out of use reversibly before dropping it, or null where the server has no
   * such switch.
   */
  public static String hide(DatabaseKind dialect, IndexInfo index) {
    String table = Identifiers.qualified(dialect, index.schema(), index.table());
    String name = Identifiers.quote(dialect, index.name());
    return switch (dialect) {
      case MYSQL -> "ALTER TABLE " + table + " ALTER INDEX " + name + " INVISIBLE";
      case MARIADB -> "ALTER TABLE " + table + " ALTER INDEX " + name + " IGNORED";
      case POSTGRESQL -> null;
    };
  }

  /** What to tell a person about running the DDL on a live server. */
  public static String buildAdvice(DatabaseKind dialect) {
    return dialect == DatabaseKind.POSTGRESQL
        ? "On a live server build it with CREATE INDEX CONCURRENTLY so writes are not blocked."
        : "InnoDB builds it online (ALGORITHM=INPLACE, LOCK=NONE); run it off-peak on large"
            + " tables.";
  }

  /** The index's suggested name without the underscores expression keys leave behind. */
  public static String name(CandidateIndex index) {
    return index.suggestedName().replaceAll("_{2,}", "_").replaceAll("_$", "");
  }

  /**
   * A stable index name for a table and a purpose, in {@link CandidateIndex#suggestedName()}'s
   * style.
   */
  public static String nameFor(String table, String suffix) {
    return name(new CandidateIndex(null, table, List.of(suffix), List.of(), null, false));
  }

  private static String columns(DatabaseKind dialect, List<String> columns) {
    return columns.stream()
        .map(c -> Identifiers.keyColumn(dialect, c))
        .collect(Collectors.joining(", "));
  }
}
