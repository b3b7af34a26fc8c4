package io.queryscope.core.sql;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one statement does to which tables and columns: the input of index recommendations and of
 * the {@code non-sargable-predicate}, {@code unbounded-result} and {@code deep-offset} rules.
 *
 * @param fingerprintId the statement's {@link Fingerprint#id()}
 * @param statementType what the statement does
 * @param parseStatus whether JSqlParser parsed it, or the lexer had to do
 * @param parseError why parsing failed, or empty
 * @param tables base tables in order of appearance, aliases attached
 * @param columnUsages every column use in predicates, joins, sorts and groupings, in any subquery
 * @param orderBy the outermost query's sort keys, in order
 * @param selectStar {@code SELECT *} or {@code SELECT t.*} appears anywhere
 * @param paging the outermost query's LIMIT/OFFSET
 * @param subqueries number of subqueries (in FROM, in expressions, and CTE bodies)
 * @param ctes names of common table expressions, unquoted
 */
public record SqlAnalysis(
    long fingerprintId,
    StatementType statementType,
    ParseStatus parseStatus,
    String parseError,
    List<TableRef> tables,
    List<ColumnUsage> columnUsages,
    List<SortKey> orderBy,
    boolean selectStar,
    Paging paging,
    int subqueries,
    List<String> ctes) {

  public SqlAnalysis {
    tables = List.copyOf(tables);
    columnUsages = List.copyOf(columnUsages);
    orderBy = List.copyOf(orderBy);
    ctes = List.copyOf(ctes);
  }

  /** True when JSqlParser parsed the statement, so column usages are complete. */
  public boolean parsed() {
    return parseStatus == ParseStatus.PARSED;
  }

  /** Names of base tables read, in order of appearance. */
  public Set<String> tablesRead() {
    return tableNames(TableRef.Access.READ);
  }

  /** Names of base tables written, in order of appearance. */
  public Set<String> tablesWritten() {
    return tableNames(TableRef.Access.WRITE);
  }

  private Set<String> tableNames(TableRef.Access access) {
    Set<String> names = new LinkedHashSet<>();
    for (TableRef t : tables) {
      if (t.access() == access) {
        names.add(t.name());
      }
    }
    return names;
  }

  /** Usages of columns of {@code table} (case-sensitive, as in {@link TableRef#name()}). */
  public List<ColumnUsage> usages(String table) {
    List<ColumnUsage> out = new ArrayList<>();
    for (ColumnUsage u : columnUsages) {
      if (u.table().equals(table)) {
        out.add(u);
      }
    }
    return out;
  }

  /** Distinct columns of {@code table} used in any of {@code kinds}, in order of appearance. */
  public List<String> columns(String table, UsageKind first, UsageKind... more) {
    Set<UsageKind> kinds = EnumSet.of(first, more);
    Set<String> out = new LinkedHashSet<>();
    for (ColumnUsage u : columnUsages) {
      if (u.table().equals(table) && kinds.contains(u.kind())) {
        out.add(u.column());
      }
    }
    return List.copyOf(out);
  }

  /** Columns compared by {@code =} to a value (not to another column). */
  public List<String> equalityColumns(String table) {
    return columns(table, UsageKind.EQUALITY);
  }

  /** Columns compared by {@code <, <=, >, >=, BETWEEN}. */
  public List<String> rangeColumns(String table) {
    return columns(table, UsageKind.RANGE);
  }

  /** Columns compared with {@code IN (…)} or {@code = ANY(…)}. */
  public List<String> inListColumns(String table) {
    return columns(table, UsageKind.IN_LIST);
  }

  /** Columns of {@code table} the outermost query sorts on, in sort order. */
  public List<SortKey> sortKeys(String table) {
    List<SortKey> out = new ArrayList<>();
    for (SortKey k : orderBy) {
      if (k.table().equals(table)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Predicates no ordinary index can serve: a function, cast or arithmetic on the column, or a
   * {@code LIKE} with a leading wildcard.
   */
  public List<ColumnUsage> nonSargable() {
    List<ColumnUsage> out = new ArrayList<>();
    for (ColumnUsage u : columnUsages) {
      boolean predicate =
          u.kind() != UsageKind.ORDER_BY
              && u.kind() != UsageKind.GROUP_BY
              && u.kind() != UsageKind.JOIN;
      if ((predicate && u.wrappedInFunction()) || u.kind() == UsageKind.LIKE_LEADING_WILDCARD) {
        out.add(u);
      }
    }
    return out;
  }

  /** A copy with another statement's paging (the rest is shared per fingerprint). */
  SqlAnalysis withPaging(Paging newPaging) {
    return new SqlAnalysis(
        fingerprintId,
        statementType,
        parseStatus,
        parseError,
        tables,
        columnUsages,
        orderBy,
        selectStar,
        newPaging,
        subqueries,
        ctes);
  }
}
