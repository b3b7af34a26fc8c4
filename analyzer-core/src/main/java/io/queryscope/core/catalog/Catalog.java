package io.queryscope.core.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The structure and statistics of a database. Lookups take a table name with or without its schema
 * and ignore case, because rules get names from SQL text and plans that spell them differently.
 *
 * @param statsResetAt when usage counters (idx_scan …) were last reset; null when unknown. Rules
 *     that say "unused" state this age.
 */
public record Catalog(
    List<TableInfo> tables,
    List<IndexInfo> indexes,
    List<ForeignKeyInfo> foreignKeys,
    List<ColumnStats> columnStats,
    Instant statsResetAt) {

  public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of(), List.of(), null);

  public Catalog {
    tables = List.copyOf(tables);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    columnStats = List.copyOf(columnStats);
  }

  public boolean isEmpty() {
    return tables.isEmpty();
  }

  public Optional<TableInfo> table(String name) {
    return tables.stream().filter(t -> matches(t.schema(), t.name(), name)).findFirst();
  }

  public List<IndexInfo> indexesOn(String table) {
    return indexes.stream().filter(i -> matches(i.schema(), i.table(), table)).toList();
  }

  public List<ForeignKeyInfo> foreignKeysOn(String table) {
    return foreignKeys.stream().filter(f -> matches(f.schema(), f.table(), table)).toList();
  }

  public Optional<ColumnStats> columnStats(String table, String column) {
    return columnStats.stream()
        .filter(c -> matches(c.schema(), c.table(), table) && c.column().equalsIgnoreCase(column))
        .findFirst();
  }

  /** True when some valid index on the table starts with exactly these columns. */
  public boolean hasIndexLeadingWith(String table, List<String> columns) {
    return indexesOn(table).stream().anyMatch(i -> i.valid() && i.startsWith(columns));
  }

  static boolean matches(String schema, String table, String wanted) {
    String w = unquote(wanted).toLowerCase(Locale.ROOT);
    String t = table.toLowerCase(Locale.ROOT);
    int dot = w.lastIndexOf('.');
    if (dot < 0) {
      return t.equals(w);
    }
    return t.equals(w.substring(dot + 1))
        && (schema == null || schema.toLowerCase(Locale.ROOT).equals(w.substring(0, dot)));
  }

  private static String unquote(String name) {
    return name.replace("\"", "").replace("`", "");
  }
}
