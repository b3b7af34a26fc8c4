package io.queryscope.cli.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The shop's little data-access layer. The demo tells the capture to look past it ({@code
 * frameFilters}), as a user would for their own, so call sites name the request methods.
 */
final class ShopJdbc {

  private final DataSource dataSource;

  ShopJdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  int query(String sql, Object... binds) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return count(c, sql, binds);
    }
  }

  static int count(Connection c, String sql, Object... binds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < binds.length; i++) {
        ps.setObject(i + 1, binds[i]);
      }
      int rows = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows++;
        }
      }
      return rows;
    }
  }
}
