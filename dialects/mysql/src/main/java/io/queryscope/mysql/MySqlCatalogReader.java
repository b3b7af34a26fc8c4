package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the session database's tables, indexes, foreign keys and column statistics in a few bulk
 * queries (never {@code DatabaseMetaData} per table). Optional sources — performance_schema index
 * usage, InnoDB persistent statistics, MariaDB {@code mysql.column_stats} — fill what they can and
 * are skipped quietly when absent or not readable.
 */
final class MySqlCatalogReader {

  private final MySqlQuery query;

  MySqlCatalogReader(MySqlQuery query) {
    this.query = query;
  }

  Catalog read() {
    try {
      String schema = query.string("select database()");
      if (schema == null) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "no database selected: name one in the JDBC URL (jdbc:mysql://host:3306/shop) so"
                + " queryscope knows which catalog to read");
      }
      Map<String, long[]> io = tableIo(schema);
      List<TableInfo> tables = tables(schema, io);
      Map<String, Long> usage = indexUsage(schema);
      List<IndexInfo> indexes = indexes(schema, usage);
      List<ForeignKeyInfo> fks = foreignKeys(schema);
      List<ColumnStats> stats = columnStats(schema, indexes, tables);
      Instant reset = usage.isEmpty() && io.isEmpty() ? null : serverStart();
      return new Catalog(tables, indexes, fks, stats, reset);
    } catch (SQLException e) {
      throw new QueryScopeException(
          ErrorCode.ANALYSIS_FAILED,
          "could not read the catalog from information_schema (" + e.getMessage() + ")",
          e);
    }
  }

  private List<TableInfo> tables(String schema, Map<String, long[]> io) throws SQLException {
    Map<String, Instant> analyzed = lastAnalyze(schema);
    return query.list(
        "select table_name, table_rows, coalesce(data_length, 0) + coalesce(index_length, 0)"
            + " from information_schema.tables where table_schema = ? and table_type = 'BASE"
            + " TABLE' order by table_name",
        rs -> {
          String name = rs.getString(1);
          long[] counts =
              io.getOrDefault(name.toLowerCase(Locale.ROOT), new long[] {-1, -1, -1, -1});
          long rows = rs.getLong(2);
          return new TableInfo(
              schema,
              name,
              rs.wasNull() ? -1 : rows,
              rs.getLong(3),
              -1,
              -1,
              counts[3],
              counts[0],
              counts[1],
              counts[2],
              -1,
              analyzed.get(name.toLowerCase(Locale.ROOT)));
        },
        schema);
  }

  /** Rows inserted, updated, deleted and read per table since server start (performance_schema). */
  private Map<String, long[]> tableIo(String schema) {
    Map<String, long[]> out = new HashMap<>();
    try {
      query.list(
          "select object_name, count_insert, count_update, count_delete, count_fetch from"
              + " performance_schema.table_io_waits_summary_by_table where object_schema = ?",
          rs ->
              out.put(
                  rs.getString(1).toLowerCase(Locale.ROOT),
                  new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}),
          schema);
    } catch (SQLException e) {
      // performance_schema off or not granted: counters stay unknown.
    }
    return out;
  }

  /** When InnoDB last gathered statistics for each table (mysql.innodb_table_stats). */
  private Map<String, Instant> lastAnalyze(String schema) {
    Map<String, Instant> out = new HashMap<>();
    try {
      query.list(
          "select table_name, unix_timestamp(last_update) from mysql.innodb_table_stats where"
              + " database_name = ?",
          rs ->
              out.put(
                  rs.getString(1).toLowerCase(Locale.ROOT), Instant.ofEpochSecond(rs.getLong(2))),
          schema);
    } catch (SQLException e) {
      // Needs SELECT on mysql.*; unknown otherwise.
    }
    return out;
  }

  private List<IndexInfo> indexes(String schema, Map<String, Long> usage) throws SQLException {
    Set<String> columns = query.columns("information_schema", "STATISTICS");
    String visible =
        columns.contains("IS_VISIBLE")
            ? "is_visible"
            : columns.contains("IGNORED")
                ? "case ignored when 'YES' then 'NO' else 'YES' end"
                : "'YES'";
    String expression = columns.contains("EXPRESSION") ? "expression" : "null";
    Map<String, Long> sizes = indexSizes(schema);
    Map<String, IndexBuilder> byName = new LinkedHashMap<>();
    query.list(
        "select table_name, index_name, seq_in_index, column_name, sub_part, non_unique,"
            + " index_type, "
            + visible
            + " as visible, "
            + expression
            + " as expr from information_schema.statistics where table_schema = ? order by"
            + " table_name, index_name, seq_in_index",
        rs -> {
          String table = rs.getString(1);
          String index = rs.getString(2);
          String key = table.toLowerCase(Locale.ROOT) + "." + index.toLowerCase(Locale.ROOT);
          IndexBuilder b = byName.computeIfAbsent(key, k -> new IndexBuilder(table, index));
          String column = rs.getString(4);
          if (column == null) {
            column = rs.getString(9);
          }
          int sub = rs.getInt(5);
          b.columns.add(column);
          b.prefixes.add(rs.wasNull() ? null : sub);
          b.unique = rs.getInt(6) == 0;
          b.method = rs.getString(7).toLowerCase(Locale.ROOT);
          b.visible = "YES".equalsIgnoreCase(rs.getString(8));
          return b;
        },
        schema);
    List<IndexInfo> out = new ArrayList<>();
    for (Map.Entry<String, IndexBuilder> e : byName.entrySet()) {
      IndexBuilder b = e.getValue();
      boolean anyPrefix = b.prefixes.stream().anyMatch(p -> p != null);
      out.add(
          new IndexInfo(
              schema,
              b.table,
              b.name,
              b.columns,
              anyPrefix ? b.prefixes : List.of(),
              List.of(),
              b.unique,
              b.name.equals("PRIMARY"),
              null,
              true,
              b.visible,
              sizes.getOrDefault(e.getKey(), -1L),
              usage.getOrDefault(e.getKey(), -1L),
              b.method));
    }
    return out;
  }

  private static final class IndexBuilder {
    final String table;
    final String name;
    final List<String> columns = new ArrayList<>();
    final List<Integer> prefixes = new ArrayList<>();
    boolean unique;
    boolean visible = true;
    String method;

    IndexBuilder(String table, String name) {
      this.table = table;
      this.name = name;
    }
  }

  /** Index I/O operations since server start, per index (performance_schema). */
  private Map<String, Long> indexUsage(String schema) {
    Map<String, Long> out = new HashMap<>();
    try {
      query.list(
          "select object_name, index_name, count_star from"
              + " performance_schema.table_io_waits_summary_by_index_usage where object_schema = ?"
              + " and index_name is not null",
          rs ->
              out.put(
                  rs.getString(1).toLowerCase(Locale.ROOT)
                      + "."
                      + rs.getString(2).toLowerCase(Locale.ROOT),
                  rs.getLong(3)),
          schema);
    } catch (SQLException e) {
      // Unknown usage stays -1: rules then do not call an index unused.
    }
    return out;
  }

  /** InnoDB index sizes in bytes from persistent statistics (pages × page size). */
  private Map<String, Long> indexSizes(String schema) {
    Map<String, Long> out = new HashMap<>();
    try {
      query.list(
          "select table_name, index_name, stat_value * @@innodb_page_size from"
              + " mysql.innodb_index_stats where database_name = ? and stat_name = 'size'",
          rs ->
              out.put(
                  rs.getString(1).toLowerCase(Locale.ROOT)
                      + "."
                      + rs.getString(2).toLowerCase(Locale.ROOT),
                  rs.getLong(3)),
          schema);
    } catch (SQLException e) {
      // No SELECT on mysql.*: sizes stay unknown.
    }
    return out;
  }

  private List<ForeignKeyInfo> foreignKeys(String schema) throws SQLException {
    Map<String, List<String[]>> parts = new LinkedHashMap<>();
    query.list(
        "select k.table_name, k.constraint_name, k.column_name, k.referenced_table_schema,"
            + " k.referenced_table_name, k.referenced_column_name from"
            + " information_schema.key_column_usage k join"
            + " information_schema.referential_constraints r on r.constraint_schema ="
            + " k.constraint_schema and r.constraint_name = k.constraint_name and r.table_name ="
            + " k.table_name where k.table_schema = ? and k.referenced_table_name is not null order"
            + " by k.table_name, k.constraint_name, k.ordinal_position",
        rs ->
            parts
                .computeIfAbsent(
                    rs.getString(1) + "\u0000" + rs.getString(2), k -> new ArrayList<>())
                .add(
                    new String[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)
                    }),
        schema);
    List<ForeignKeyInfo> out = new ArrayList<>();
    for (List<String[]> fk : parts.values()) {
      String[] first = fk.get(0);
      out.add(
          new ForeignKeyInfo(
              first[1],
              schema,
              first[0],
              fk.stream().map(p -> p[2]).toList(),
              first[3],
              first[4],
              fk.stream().map(p -> p[5]).toList()));
    }
    return out;
  }

  /**
   * Distinct values per column: MariaDB's engine-independent statistics ({@code
   * mysql.column_stats}, filled by {@code ANALYZE TABLE … PERSISTENT FOR ALL}) where present, else
   * the cardinality of an index the column leads.
   */
  private List<ColumnStats> columnStats(
      String schema, List<IndexInfo> indexes, List<TableInfo> tables) throws SQLException {
    Map<String, ColumnStats> out = new LinkedHashMap<>();
    Map<String, Long> cardinality = new HashMap<>();
    query.list(
        "select table_name, column_name, max(cardinality) from information_schema.statistics"
            + " where table_schema = ? and seq_in_index = 1 and column_name is not null group by"
            + " table_name, column_name",
        rs -> {
          long c = rs.getLong(3);
          if (!rs.wasNull()) {
            cardinality.put(rs.getString(1) + "\u0000" + rs.getString(2), c);
          }
          return null;
        },
        schema);
    cardinality.forEach(
        (key, c) -> {
          String[] tc = key.split("\u0000");
          out.put(
              key.toLowerCase(Locale.ROOT),
              new ColumnStats(schema, tc[0], tc[1], c, Double.NaN, Double.NaN, Double.NaN));
        });
    Map<String, Long> rows = new HashMap<>();
    tables.forEach(t -> rows.put(t.name().toLowerCase(Locale.ROOT), t.estimatedRows()));
    try {
      query.list(
          "select table_name, column_name, nulls_ratio, avg_frequency from mysql.column_stats"
              + " where db_name = ?",
          rs -> {
            String table = rs.getString(1);
            String column = rs.getString(2);
            double nulls = rs.getDouble(3);
            boolean nullsKnown = !rs.wasNull();
            double frequency = rs.getDouble(4);
            long n = rows.getOrDefault(table.toLowerCase(Locale.ROOT), -1L);
            double distinct =
                frequency > 0 && n > 0 ? n * (nullsKnown ? 1 - nulls : 1) / frequency : Double.NaN;
            out.put(
                (table + "\u0000" + column).toLowerCase(Locale.ROOT),
                new ColumnStats(
                    schema,
                    table,
                    column,
                    distinct,
                    nullsKnown ? nulls : Double.NaN,
                    Double.NaN,
                    Double.NaN));
            return null;
          },
          schema);
    } catch (SQLException e) {
      // MySQL has no mysql.column_stats; MariaDB needs SELECT on it.
    }
    histograms(schema, out);
    return new ArrayList<>(out.values());
  }

  /** MySQL 8 histograms, where someone built them ({@code ANALYZE TABLE … UPDATE HISTOGRAM}). */
  private void histograms(String schema, Map<String, ColumnStats> out) {
    try {
      if (!query.tableExists("information_schema", "COLUMN_STATISTICS")) {
        return;
      }
      query.list(
          "select table_name, column_name, histogram from information_schema.column_statistics"
              + " where schema_name = ?",
          rs -> {
            MySqlHistogram h = MySqlHistogram.parse(rs.getString(3));
            String table = rs.getString(1);
            String column = rs.getString(2);
            out.put(
                (table + "\u0000" + column).toLowerCase(Locale.ROOT),
                new ColumnStats(
                    schema,
                    table,
                    column,
                    h.distinctValues(),
                    h.nullFraction(),
                    Double.NaN,
                    Double.NaN));
            return null;
          },
          schema);
    } catch (SQLException e) {
      // Histograms are optional.
    }
  }

  private Instant serverStart() {
    try {
      List<String> uptime = query.list("show global status like 'Uptime'", rs -> rs.getString(2));
      return uptime.isEmpty() ? null : Instant.now().minusSeconds(Long.parseLong(uptime.get(0)));
    } catch (SQLException | NumberFormatException e) {
      return null;
    }
  }
}
