package io.queryscope.cli.samples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.ExportOptions;
import io.queryscope.core.QueryScope;
import io.queryscope.core.UnitOfWork;
import io.queryscope.fixtures.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * A handful of queries a store application runs against a sample database — each by an indexed key,
 * with binds varied over real ids — so server statistics and plans have something to show.
 */
final class StoreWorkload {

  /**
   * One query and the bind values to run it with, one request per value; a query without
   * placeholders has no binds and is one request.
   */
  record Query(String request, String sql, List<?> binds) {
    List<?> runs() {
      return binds.isEmpty() ? Collections.singletonList(null) : binds;
    }
  }

  private StoreWorkload() {}

  /** Chinook on PostgreSQL (snake_case names). */
  static List<Query> chinookPostgres() {
    return List.of(
        new Query(
            "GET /customers/{id}/invoices",
            "select * from invoice where customer_id = ? order by invoice_date desc",
            List.of(1, 7, 23, 42, 59)),
        new Query(
            "GET /invoices/{id}",
            "select il.invoice_line_id, il.unit_price, il.quantity, t.name from invoice_line il"
                + " join track t on t.track_id = il.track_id where il.invoice_id = ?",
            List.of(1, 98, 121, 250, 412)),
        new Query(
            "GET /albums/{id}/tracks",
            "select * from track where album_id = ? order by track_id",
            List.of(1, 3, 10, 150, 347)),
        new Query(
            "GET /artists/{id}/albums",
            "select * from album where artist_id = ?",
            List.of(1, 22, 50, 90, 150)),
        new Query(
            "GET /playlists/{id}",
            "select t.name, t.milliseconds from playlist_track pt join track t on t.track_id ="
                + " pt.track_id where pt.playlist_id = ? order by t.name limit 50",
            List.of(1, 3, 5, 8, 17)),
        new Query("GET /genres", "select genre_id, name from genre order by name", List.of()),
        new Query(
            "GET /customers/{id}",
            "select * from customer where customer_id = ?",
            List.of(2, 14, 33, 48, 59)));
  }

  /** Chinook on MySQL/MariaDB (PascalCase names). */
  static List<Query> chinookMySql() {
    return List.of(
        new Query(
            "GET /customers/{id}/invoices",
            "select * from Invoice where CustomerId = ? order by InvoiceDate desc",
            List.of(1, 7, 23, 42, 59)),
        new Query(
            "GET /invoices/{id}",
            "select il.InvoiceLineId, il.UnitPrice, il.Quantity, t.Name from InvoiceLine il"
                + " join Track t on t.TrackId = il.TrackId where il.InvoiceId = ?",
            List.of(1, 98, 121, 250, 412)),
        new Query(
            "GET /albums/{id}/tracks",
            "select * from Track where AlbumId = ? order by TrackId",
            List.of(1, 3, 10, 150, 347)),
        new Query(
            "GET /artists/{id}/albums",
            "select * from Album where ArtistId = ?",
            List.of(1, 22, 50, 90, 150)),
        new Query(
            "GET /playlists/{id}",
            "select t.Name, t.Milliseconds from PlaylistTrack pt join Track t on t.TrackId ="
                + " pt.TrackId where pt.PlaylistId = ? order by t.Name limit 50",
            List.of(1, 3, 5, 8, 17)),
        new Query("GET /genres", "select GenreId, Name from Genre order by Name", List.of()),
        new Query(
            "GET /customers/{id}",
            "select * from Customer where CustomerId = ?",
            List.of(2, 14, 33, 48, 59)));
  }

  /** Northwind on PostgreSQL. */
  static List<Query> northwind() {
    return List.of(
        new Query(
            "GET /customers/{id}/orders",
            "select o.order_id, o.order_date, d.product_id, d.unit_price, d.quantity from orders o"
                + " join order_details d on d.order_id = o.order_id where o.customer_id = ?"
                + " order by o.order_date desc",
            List.of("ALFKI", "BONAP", "ERNSH", "QUICK", "SAVEA")),
        new Query(
            "GET /orders/{id}/details",
            "select * from order_details where order_id = ?",
            List.of(10248, 10400, 10666, 10900, 11077)),
        new Query(
            "GET /categories/{id}/products",
            "select * from products where category_id = ?",
            List.of(1, 2, 4, 6, 8)),
        new Query(
            "GET /categories",
            "select category_id, category_name from categories order by category_name",
            List.of()),
        new Query(
            "GET /customers/{id}",
            "select * from customers where customer_id = ?",
            List.of("ALFKI", "BONAP")),
        new Query(
            "GET /products/{id}",
            "select * from products where product_id = ?",
            List.of(1, 11, 42, 77)));
  }

  /** The capture of one workload run, exported twice. */
  record Capture(Path redacted, Path kept) {}

  /**
   * Serves every request once per bind value through a small HikariCP pool wrapped by the capture
   * proxy, and exports the capture to {@code target/samples/}: as a user gets it by default (binds
   * and literals redacted) and with everything kept (so plans can use the real values).
   */
  static Capture run(TestDatabase db, List<Query> queries, String name)
      throws SQLException, IOException {
    try (HikariDataSource pool = pool(db, name)) {
      return capture(pool, queries, name);
    }
  }

  /** The same through {@code ds} as it is: without a pool, every request opens a connection. */
  static Capture capture(DataSource ds, List<Query> queries, String name)
      throws SQLException, IOException {
    try (QueryScope scope = QueryScope.create()) {
      DataSource captured = scope.wrap(ds);
      for (Query q : queries) {
        for (Object bind : q.runs()) {
          try (UnitOfWork request = scope.unitOfWork(q.request());
              Connection c = captured.getConnection();
              PreparedStatement ps = c.prepareStatement(q.sql())) {
            if (bind != null) {
              ps.setObject(1, bind);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                // drain: the server counts rows only when they are fetched
              }
            }
          }
        }
      }
      Path dir = Files.createDirectories(Path.of("target", "samples"));
      Capture capture =
          new Capture(
              dir.resolve(name + "-events.jsonl"), dir.resolve(name + "-events-kept.jsonl"));
      scope.exportEvents(capture.redacted());
      scope.exportEvents(capture.kept(), ExportOptions.EVERYTHING);
      return capture;
    }
  }

  private static HikariDataSource pool(TestDatabase db, String name) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    return new HikariDataSource(config);
  }

  /** How many requests {@code queries} make. */
  static int requests(List<Query> queries) {
    return queries.stream().mapToInt(q -> q.runs().size()).sum();
  }
}
