package io.queryscope.rules.ddl;

import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.IdentifierQuoting;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The target's quoting function, found through the dialect SPI: rules write no quoting of their
 * own. Every name passed in is raw; a name the dialect will not write throws {@link
 * io.queryscope.core.QueryScopeException}, which {@link PrintedDdl} turns into "no DDL".
 */
public final class Identifiers {

  private static final Map<DatabaseKind, IdentifierQuoting> QUOTING = new ConcurrentHashMap<>();

  private Identifiers() {}

  public static IdentifierQuoting of(DatabaseKind dialect) {
    return QUOTING.computeIfAbsent(dialect, Dialects::identifiers);
  }

  public static String quote(DatabaseKind dialect, String identifier) {
    return of(dialect).quote(identifier);
  }

  /** {@code schema.table}, each part quoted as needed; the schema is left out when null. */
  public static String qualified(DatabaseKind dialect, String schema, String name) {
    return of(dialect).qualified(schema, name);
  }

  /** Raw column names as a quoted, comma-separated list. */
  public static String columns(DatabaseKind dialect, List<String> columns) {
    return columns.stream().map(c -> quote(dialect, c)).collect(Collectors.joining(", "));
  }

  /** A function of a column as SQL, {@code lower("Email")}: the dialect's index-key spelling. */
  public static String expression(DatabaseKind dialect, String function, String column) {
    return of(dialect).indexKey(IndexKey.function(function, column));
  }

  static String key(DatabaseKind dialect, IndexKey key) {
    return of(dialect).indexKey(key);
  }
}
