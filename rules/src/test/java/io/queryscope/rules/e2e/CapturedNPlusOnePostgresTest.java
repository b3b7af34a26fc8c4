package io.queryscope.rules.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.QueryScope;
import io.queryscope.core.UnitOfWork;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.rules.RuleEngine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * N+1 from statements the real capture proxy recorded on PostgreSQL: the loop below is found with
 * its parent, count and call site; the same rows loaded in one statement are not.
 */
@PostgresTest
class CapturedNPlusOnePostgresTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.05);

  @Test
  void aLoopOverOrdersLoadingTheirItemsOneByOneIsNPlusOne() throws Exception {
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(db.dataSource());
      try (UnitOfWork unit = scope.unitOfWork("GET /customers/orders");
          Connection c = ds.getConnection()) {
        for (long order : ordersOfBusiestCustomer(c)) {
          itemsOf(c, order);
        }
      }
      Report report =
          new RuleEngine()
              .analyze(new AnalysisContext(null, null, null, null, null, scope.events(), null));

      Finding f = report.findings("n-plus-one").get(0);
      assertThat(f.title())
          .contains("order_items loaded one row of orders at a time", "GET /customers/orders");
      assertThat(f.evidence().get("callSite").toString())
          .startsWith(
              CapturedNPlusOnePostgresTest.class.getName()
                  + ".itemsOf(CapturedNPlusOnePostgresTest.java:");
      assertThat(f.evidence().get("parentSql").toString())
          .contains("from orders where customer_id");
      assertThat((int) f.evidence().get("executionsPerUnit")).isGreaterThanOrEqualTo(5);
      assertThat(f.recommendation().summary()).contains("order_id = ANY(?)");
      assertThat(report.findings("repeated-query")).isEmpty();
    }
  }

  @Test
  void theSameRowsLoadedInOneStatementAreNotNPlusOne() throws Exception {
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(db.dataSource());
      try (UnitOfWork unit = scope.unitOfWork("GET /customers/orders");
          Connection c = ds.getConnection()) {
        List<Long> orders = ordersOfBusiestCustomer(c);
        try (PreparedStatement ps =
            c.prepareStatement("select * from order_items where order_id = any(?)")) {
          ps.setArray(1, c.createArrayOf("bigint", orders.toArray()));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              // read the rows
            }
          }
        }
      }
      Report report =
          new RuleEngine()
              .analyze(new AnalysisContext(null, null, null, null, null, scope.events(), null));
      assertThat(report.findings("n-plus-one")).isEmpty();
      assertThat(report.summary().statements()).isGreaterThanOrEqualTo(2);
    }
  }

  private static List<Long> ordersOfBusiestCustomer(Connection c) throws Exception {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select id from orders where customer_id = (select customer_id from orders"
                + " group by customer_id order by count(*) desc, customer_id limit 1)")) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void itemsOf(Connection c, long order) throws Exception {
    try (PreparedStatement ps =
        c.prepareStatement("select * from order_items where order_id = ?")) {
      ps.setLong(1, order);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // read the rows
        }
      }
    }
  }
}
