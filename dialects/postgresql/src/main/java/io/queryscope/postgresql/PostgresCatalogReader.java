package io.queryscope.postgresql;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads tables, indexes, foreign keys and column statistics with one bulk query each, because
 * per-table metadata calls cost milliseconds per table and databases have thousands of them. System
 * schemas and other sessions' temporary tables are left out.
 */
final class PostgresCatalogReader {

  private static final String USER_SCHEMAS =
      "n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_toast'"
          + " and n.nspname !~ '^pg_temp_' ";

  private final PostgresJdbc jdbc;

  PostgresCatalogReader(PostgresJdbc jdbc) {
    this.jdbc = jdbc;
  }

  Catalog read() {
    return new Catalog(tables(), indexes(), foreignKeys(), columnStats(), statsReset());
  }

  /**
   * Sizes come from {@code pg_class.relpages} (table, TOAST and indexes), the figure the planner
   * itself uses, kept current by VACUUM and ANALYZE: asking the file system per table ({@code
   * pg_total_relation_size}) costs seconds on thousands of tables. A table never vacuumed or
   * analysed (reltuples &lt; 0) is measured on disk instead. Usage counters are read with the
   * {@code pg_stat_get_*} functions rather than {@code pg_stat_all_tables}, which aggregates over
   * every relation of the database.
   */
  List<TableInfo> tables() {
    return jdbc.query(
        "select n.nspname, c.relname,"
            + " case when c.reltuples < 0 then pg_catalog.pg_stat_get_live_tuples(c.oid)"
            + " else c.reltuples::bigint end,"
            + " case when c.reltuples < 0 then pg_catalog.pg_total_relation_size(c.oid)"
            + " else (c.relpages::bigint + coalesce(t.relpages, 0) + coalesce((select"
            + " sum(ic.relpages) from pg_catalog.pg_index i join pg_catalog.pg_class ic on ic.oid ="
            + " i.indexrelid where i.indrelid = c.oid), 0))"
            + " * current_setting('block_size')::bigint end,"
            + " pg_catalog.pg_stat_get_numscans(c.oid),"
            + " coalesce((select sum(pg_catalog.pg_stat_get_numscans(i.indexrelid)) from"
            + " pg_catalog.pg_index i where i.indrelid = c.oid), 0),"
            + " pg_catalog.pg_stat_get_tuples_returned(c.oid)"
            + " + pg_catalog.pg_stat_get_tuples_fetched(c.oid),"
            + " pg_catalog.pg_stat_get_tuples_inserted(c.oid),"
            + " pg_catalog.pg_stat_get_tuples_updated(c.oid),"
            + " pg_catalog.pg_stat_get_tuples_deleted(c.oid),"
            + " pg_catalog.pg_stat_get_dead_tuples(c.oid),"
            + " greatest(pg_catalog.pg_stat_get_last_analyze_time(c.oid),"
            + " pg_catalog.pg_stat_get_last_autoanalyze_time(c.oid))"
            + " from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_catalog.pg_class t on t.oid = c.reltoastrelid"
            + " where c.relkind in ('r', 'p', 'm') and "
            + USER_SCHEMAS
            + " order by n.nspname, c.relname",
        rs ->
            new TableInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                longOr(rs, 4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.getLong(9),
                rs.getLong(10),
                rs.getLong(11),
                instant(rs.getTimestamp(12))));
  }

  /**
   * Key columns by name from pg_attribute; only expression keys (indkey 0) go through {@code
   * pg_get_indexdef(index, column, true)}, which is far slower per call.
   */
  List<IndexInfo> indexes() {
    return jdbc.query(
        "select n.nspname, t.relname, ic.relname, i.indisunique, i.indisprimary, i.indisvalid,"
            + " pg_catalog.pg_get_expr(i.indpred, i.indrelid, true),"
            + " pg_catalog.pg_relation_size(ic.oid),"
            + " pg_catalog.pg_stat_get_numscans(i.indexrelid), am.amname, i.indnkeyatts,"
            + " array(select case when i.indkey[k - 1] = 0"
            + " then pg_catalog.pg_get_indexdef(i.indexrelid, k, true)"
            + " else (select a.attname::text from pg_catalog.pg_attribute a"
            + " where a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1]) end"
            + " from generate_series(1, i.indnatts) k order by k)"
            + " from pg_catalog.pg_index i"
            + " join pg_catalog.pg_class ic on ic.oid = i.indexrelid"
            + " join pg_catalog.pg_class t on t.oid = i.indrelid"
            + " join pg_catalog.pg_namespace n on n.oid = t.relnamespace"
            + " join pg_catalog.pg_am am on am.oid = ic.relam"
            + " where t.relkind in ('r', 'p', 'm') and "
            + USER_SCHEMAS
            + " order by n.nspname, t.relname, ic.relname",
        rs -> {
          List<String> all = strings(rs.getArray(12));
          int keys = Math.min(rs.getInt(11), all.size());
          return new IndexInfo(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              all.subList(0, keys),
              List.of(),
              all.subList(keys, all.size()),
              rs.getBoolean(4),
              rs.getBoolean(5),
              rs.getString(7),
              rs.getBoolean(6),
              true,
              longOr(rs, 8),
              rs.getLong(9),
              rs.getString(10));
        });
  }

  List<ForeignKeyInfo> foreignKeys() {
    return jdbc.query(
        "select con.conname, n.nspname, c.relname,"
            + " array(select a.attname from unnest(con.conkey) with ordinality k(num, ord)"
            + " join pg_catalog.pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num"
            + " order by k.ord),"
            + " rn.nspname, rc.relname,"
            + " array(select a.attname from unnest(con.confkey) with ordinality k(num, ord)"
            + " join pg_catalog.pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num"
            + " order by k.ord)"
            + " from pg_catalog.pg_constraint con"
            + " join pg_catalog.pg_class c on c.oid = con.conrelid"
            + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
            + " join pg_catalog.pg_class rc on rc.oid = con.confrelid"
            + " join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace"
            + " where con.contype = 'f' and "
            + USER_SCHEMAS
            + " order by n.nspname, c.relname, con.conname",
        rs ->
            new ForeignKeyInfo(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                strings(rs.getArray(4)),
                rs.getString(5),
                rs.getString(6),
                strings(rs.getArray(7))));
  }

  /**
   * pg_stats keeps n_distinct negative when it is a share of the rows (-0.5 = half the rows are
   * distinct); the model wants a count, so it is scaled by the table's row estimate.
   */
  List<ColumnStats> columnStats() {
    return jdbc.query(
        "select s.schemaname, s.tablename, s.attname,"
            + " case when s.n_distinct >= 0 then s.n_distinct::float8"
            + " else -s.n_distinct * greatest(c.reltuples, 0)::float8 end,"
            + " s.null_frac, s.most_common_freqs[1], s.correlation"
            + " from pg_catalog.pg_stats s"
            + " join pg_catalog.pg_namespace n on n.nspname = s.schemaname"
            + " join pg_catalog.pg_class c on c.relnamespace = n.oid and c.relname = s.tablename"
            + " where "
            + USER_SCHEMAS
            + " and not s.inherited"
            + " order by s.schemaname, s.tablename, s.attname",
        rs ->
            new ColumnStats(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                doubleOr(rs, 4),
                doubleOr(rs, 5),
                doubleOr(rs, 6),
                doubleOr(rs, 7)));
  }

  /** When this database's usage counters (seq_scan, idx_scan …) were last reset. */
  private Instant statsReset() {
    List<Timestamp> reset =
        jdbc.query(
            "select stats_reset from pg_catalog.pg_stat_database where datname ="
                + " current_database()",
            rs -> rs.getTimestamp(1));
    return reset.isEmpty() ? null : instant(reset.get(0));
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return new ArrayList<>(Arrays.stream(values).map(String::valueOf).toList());
  }

  private static long longOr(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? -1 : v;
  }

  private static double doubleOr(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
