package io.queryscope.core.dialect;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds dialects on the class path, in detection order. */
public final class Dialects {

  private Dialects() {}

  public static List<Dialect> all() {
    return ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparingInt(Dialect::detectionOrder))
        .toList();
  }

  public static Optional<Dialect> byKind(DatabaseKind kind) {
    return all().stream().filter(d -> d.kind() == kind).findFirst();
  }

  /**
   * The quoting of a server family, from its dialect module.
   *
   * @throws QueryScopeException UNSUPPORTED_SERVER when no dialect of that kind is on the class
   *     path (then nothing can be quoted, so no DDL is written)
   */
  public static IdentifierQuoting identifiers(DatabaseKind kind) {
    return byKind(kind)
        .map(Dialect::identifiers)
        .orElseThrow(
            () ->
                new QueryScopeException(
                    ErrorCode.UNSUPPORTED_SERVER,
                    "no " + kind + " dialect on the class path to quote names with"));
  }

  /**
   * The first dialect whose driver takes this URL (a MariaDB server on a mysql URL is told later).
   */
  public static Optional<Dialect> forUrl(String jdbcUrl) {
    return all().stream().filter(d -> d.acceptsUrl(jdbcUrl)).findFirst();
  }

  /** The dialect of a connected server, asking MariaDB before MySQL. */
  public static Dialect forConnection(Connection connection) {
    String product;
    String version;
    try {
      product = connection.getMetaData().getDatabaseProductName();
      try (Statement st = connection.createStatement();
          var rs = st.executeQuery(SingleStatement.checked("select version()", "SELECT"))) {
        version = rs.next() ? rs.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new QueryScopeException(
          ErrorCode.UNSUPPORTED_SERVER,
          "could not tell which server this is (" + e.getMessage() + ")",
          e);
    }
    for (Dialect d : all()) {
      if (d.acceptsServer(product, version)) {
        return d;
      }
    }
    throw new QueryScopeException(
        ErrorCode.UNSUPPORTED_SERVER,
        "unsupported server '"
            + product
            + " "
            + version
            + "': queryscope supports PostgreSQL 13+, MySQL 8.0+ and MariaDB 10.6+");
  }
}
