package io.queryscope.junit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A tiny data-access class over the shop schema, the "application code" the sample tests run: the
 * same result (the first orders with their line count) loaded three ways.
 */
final class ShopQueries {

  private ShopQueries() {}

  /** The planted N+1: one query for the orders, then one per order for its items. */
  static Map<Long, Integer> itemCountsOneByOne(DataSource ds, int orders) throws SQLException {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    try (Connection c = ds.getConnection()) {
      for (long id : firstOrderIds(c, orders)) {
        counts.put(id, itemsOf(c, id));
      }
    }
    return counts;
  }

  private static int itemsOf(Connection c, long orderId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select product_id, quantity from order_items where order_id = ?")) {
      ps.setLong(1, orderId);
      int lines = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines++;
        }
      }
      return lines;
    }
  }

  /** The fix as a join: one statement. */
  static Map<Long, Integer> itemCountsJoined(DataSource ds, int orders) throws SQLException {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    String sql =
        "select o.id, count(i.line_no) from orders o join order_items i on i.order_id = o.id"
            + " where o.id in (select id from orders order by id limit ?)"
            + " group by o.id order by o.id";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, orders);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getLong(1), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  /** The fix as a batch: the orders, then all their items in one {@code = ANY(?)} query. */
  static Map<Long, Integer> itemCountsBatched(DataSource ds, int orders) throws SQLException {
    Map<Long, Integer> counts = new LinkedHashMap<>();
    try (Connection c = ds.getConnection()) {
      List<Long> ids = firstOrderIds(c, orders);
      ids.forEach(id -> counts.put(id, 0));
      try (PreparedStatement ps =
          c.prepareStatement("select order_id from order_items where order_id = any(?)")) {
        Array array = c.createArrayOf("bigint", ids.toArray());
        ps.setArray(1, array);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            counts.merge(rs.getLong(1), 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** Planted missing index: customers.email has none, so this reads the whole table. */
  static String customerNameByEmail(DataSource ds, String email) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select first_name from customers where email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** A primary-key lookup: an index scan. */
  static String customerNameById(DataSource ds, long id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select first_name from customers where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static List<Long> firstOrderIds(Connection c, int orders) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select id from orders order by id limit ?")) {
      ps.setInt(1, orders);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }
}
