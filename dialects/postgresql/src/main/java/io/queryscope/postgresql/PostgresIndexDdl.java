package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.sql.SingleStatement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the CREATE INDEX the what-if tries, every name through {@link PostgresIdentifiers}, and
 * refuses anything that is not exactly one CREATE INDEX statement.
 */
final class PostgresIndexDdl {

  private static final PostgresIdentifiers NAMES = PostgresIdentifiers.INSTANCE;

  private PostgresIndexDdl() {}

  /**
   * The CREATE INDEX the transactional what-if runs (so never CONCURRENTLY, which cannot run in a
   * transaction). The DDL users see is the rules' {@code IndexDdl}.
   */
  static String render(CandidateIndex index, String indexName) {
    if (index.table() == null || index.table().isBlank() || index.keys().isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "a candidate index needs a table and at least one column (got table '"
              + index.table()
              + "', columns "
              + index.columns()
              + ")");
    }
    StringBuilder sql =
        new StringBuilder(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
    sql.append(NAMES.quote(indexName))
        .append(" ON ")
        .append(NAMES.qualified(index.schema(), index.table()))
        .append('(')
        .append(index.keys().stream().map(NAMES::indexKey).collect(Collectors.joining(", ")))
        .append(')');
    if (!index.includeColumns().isEmpty()) {
      sql.append(" INCLUDE (").append(columns(index.includeColumns())).append(')');
    }
    if (index.predicate() != null && !index.predicate().isBlank()) {
      sql.append(" WHERE (").append(index.predicate()).append(')');
    }
    String ddl = sql.toString();
    SingleStatement.require(ddl, index.unique() ? "CREATE UNIQUE INDEX" : "CREATE INDEX");
    return ddl;
  }

  private static String columns(List<String> columns) {
    return columns.stream()
        .map(IndexKey::column)
        .map(NAMES::indexKey)
        .collect(Collectors.joining(", "));
  }
}
