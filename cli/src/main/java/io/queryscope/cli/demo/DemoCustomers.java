package io.queryscope.cli.demo;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.demo.DemoDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Real customers for the demo's logins and name searches, read before the capture starts (and
 * before the server's statement statistics are reset), so the requests find what a user's would: a
 * login that matches one customer, a search that matches the customers of that name. Looking up
 * values nobody has would read as a shop where every login fails.
 *
 * @param emails e-mail addresses that exist
 * @param lastNames last names that exist, upper-cased as a user might type them (hence lower())
 */
record DemoCustomers(List<String> emails, List<String> lastNames) {

  private static final int SAMPLE = 20;
  private static final int NAMES = 5;

  static DemoCustomers read(DemoDatabase db) throws SQLException {
    List<String> emails = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select email, last_name from customers order by id limit " + SAMPLE)) {
      while (rs.next()) {
        emails.add(rs.getString(1));
        if (names.size() < NAMES) {
          names.add(rs.getString(2).toUpperCase(Locale.ROOT));
        }
      }
    }
    if (emails.isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE, "the demo's shop has no customers at this --scale: use a larger one");
    }
    return new DemoCustomers(List.copyOf(emails), List.copyOf(names));
  }
}
