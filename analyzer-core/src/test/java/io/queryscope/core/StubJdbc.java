package io.queryscope.core;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A JDBC connection that answers without a server: every query returns {@code rows} rows of one
 * long column (fetched lazily, as through a cursor), every update affects one row. Only for tests
 * of queryscope's own bookkeeping (counts under concurrency, memory): JDBC behaviour is tested
 * against real drivers, never against this.
 */
public final class StubJdbc {

  private StubJdbc() {}

  /** A DataSource that is no pool and hands out {@link #connection stub connections}. */
  public static DataSource dataSource(int rows) {
    return proxy(
        DataSource.class,
        (p, m, a) ->
            switch (m.getName()) {
              case "getConnection" -> connection(rows);
              case "isWrapperFor" -> false;
              case "hashCode" -> System.identityHashCode(p);
              case "equals" -> p == a[0];
              case "toString" -> "stub data source";
              default -> throw new UnsupportedOperationException(m.getName());
            });
  }

  public static Connection connection(int rows) {
    return proxy(
        Connection.class,
        (p, m, a) ->
            switch (m.getName()) {
              case "prepareStatement" -> statement(PreparedStatement.class, rows);
              case "createStatement" -> statement(Statement.class, rows);
              case "getAutoCommit", "isValid" -> true;
              case "isClosed" -> false;
              case "hashCode" -> System.identityHashCode(p);
              case "equals" -> p == a[0];
              case "toString" -> "stub connection";
              default -> null;
            });
  }

  private static <T extends Statement> T statement(Class<T> type, int rows) {
    return proxy(
        type,
        (p, m, a) ->
            switch (m.getName()) {
              case "executeQuery" -> results(rows);
              case "executeUpdate" -> 1;
              case "execute", "isClosed" -> false;
              case "executeBatch" -> new int[] {1};
              case "getUpdateCount" -> -1;
              case "hashCode" -> System.identityHashCode(p);
              case "equals" -> p == a[0];
              case "toString" -> "stub statement";
              default -> null;
            });
  }

  private static ResultSet results(int rows) {
    int[] left = {rows};
    return proxy(
        ResultSet.class,
        (p, m, a) ->
            switch (m.getName()) {
              case "next" -> left[0]-- > 0;
              case "getLong" -> 42L;
              case "getInt" -> 42;
              // A fetch size: rows arrive lazily, like a cursor, so next() is timed.
              case "getFetchSize" -> 100;
              case "wasNull", "isClosed" -> false;
              case "hashCode" -> System.identityHashCode(p);
              case "equals" -> p == a[0];
              case "toString" -> "stub result set";
              default -> null;
            });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(StubJdbc.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
