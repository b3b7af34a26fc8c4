package io.queryscope.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs the shop fixture's planted queries (fixtures/README.md) a few times, so server statistics
 * hold a workload that shows them.
 */
public final class ShopWorkload {

  private ShopWorkload() {}

  public static void run(DataSource ds, int repeat) throws SQLException {
    try (Connection c = ds.getConnection()) {
      for (int i = 1; i <= repeat; i++) {
        query(c, "select * from customers where email = ?", "first.last." + i + "@example.com");
        query(
            c,
            "select * from orders where status = 'pending' and created_at >= ? and created_at < ?",
            java.sql.Timestamp.valueOf("2024-01-01 00:00:00"),
            java.sql.Timestamp.valueOf("2024-03-01 00:00:00"));
        query(c, "select * from customers where lower(last_name) = lower(?)", "Smith");
        query(c, "select * from products where name like ?", "%Phone%");
        query(c, "select id, total from orders order by id limit 20 offset " + (100 * i));
        query(c, "select * from addresses where city = ? and country = ?", "Lyon", "FR");
        query(c, "select * from order_items where product_id = ?", i);
        query(c, "select * from customers where id = ?", i);
      }
    }
  }

  private static void query(Connection c, String sql, Object... binds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < binds.length; i++) {
        ps.setObject(i + 1, binds[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // drain: the server counts rows only when they are fetched
        }
      }
    }
  }
}
