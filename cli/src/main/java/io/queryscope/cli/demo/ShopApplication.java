package io.queryscope.cli.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A small shop back end written the way real ones often are: each method is one request's data
 * access, and several carry a problem from the fixture's planted list (fixtures/README.md). The
 * capture proxy attributes each statement to the method here that ran it.
 */
final class ShopApplication {

  private final DataSource dataSource;
  private final ShopJdbc jdbc;

  ShopApplication(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = new ShopJdbc(dataSource);
  }

  /** Recent shipped orders with their customers: one query, then one more per order (N+1). */
  int recentOrdersWithCustomers(int offset) throws SQLException {
    int rows = 0;
    try (Connection c = dataSource.getConnection()) {
      List<Long> customerIds = new ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "select id, customer_id, total from orders where status = 'shipped'"
                  + " order by id limit 25 offset ?")) {
        ps.setInt(1, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            customerIds.add(rs.getLong(2));
          }
        }
      }
      for (long id : customerIds) {
        rows +=
            ShopJdbc.count(
                c, "select id, email, first_name, last_name from customers where id = ?", id);
      }
    }
    return rows;
  }

  /** Login: customers.email has no index (planted problem 1). */
  int customerByEmail(String email) throws SQLException {
    return jdbc.query("select * from customers where email = ?", email);
  }

  /** Back office: pending orders in a date range, no index on (status, created_at) (problem 2). */
  int pendingOrders(int month) throws SQLException {
    return jdbc.query(
        "select * from orders where status = 'pending' and created_at >= ? and created_at < ?",
        Timestamp.valueOf(String.format("2024-%02d-01 00:00:00", month)),
        Timestamp.valueOf(String.format("2024-%02d-01 00:00:00", month + 1)));
  }

  /** Search by name, case-insensitive through lower(): the index on last_name is unusable (6). */
  int searchCustomers(String lastName) throws SQLException {
    return jdbc.query("select * from customers where lower(last_name) = lower(?)", lastName);
  }

  /** Product search with a leading wildcard (problem 7). */
  int searchProducts(String word) throws SQLException {
    return jdbc.query("select id, name, price from products where name like ?", "%" + word + "%");
  }

  /** Order history paged with OFFSET deep into the table (problem 8). */
  int orderPage(int page) throws SQLException {
    return jdbc.query("select id, total from orders order by id limit 20 offset " + (page * 20));
  }

  /** Shipping estimate by city and country, which the planner misestimates (problem 9). */
  int addressesIn(String city, String country) throws SQLException {
    return jdbc.query("select * from addresses where city = ? and country = ?", city, country);
  }

  /** Where a product was sold: order_items.product_id has no index (problem 3). */
  int linesOfProduct(long productId) throws SQLException {
    return jdbc.query("select * from order_items where product_id = ?", productId);
  }

  /**
   * Checkout: holds its connection while it "calls the payment provider" (the sleep), so a small
   * pool runs dry under concurrent checkouts.
   */
  void checkout(long orderId, long providerMillis) throws SQLException, InterruptedException {
    try (Connection c = dataSource.getConnection()) {
      ShopJdbc.count(
          c, "select order_id, line_no, quantity from order_items where order_id = ?", orderId);
      Thread.sleep(providerMillis);
      ShopJdbc.count(c, "select id, status from payments where order_id = ?", orderId);
    }
  }
}
