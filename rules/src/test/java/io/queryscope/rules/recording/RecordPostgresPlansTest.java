package io.queryscope.rules.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Records the PostgreSQL plans the rule fixtures use, from the shop schema at scale 1. */
@PostgresTest
@EnabledIfSystemProperty(named = "fixtures.update", matches = "true")
class RecordPostgresPlansTest {

  private static final String ANALYZE = "explain (analyze, buffers, format json)";
  private static final List<String> NONE = List.of();

  @Test
  void recordShopPlans() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      ShopData.create(db, 1.0);
      try (Connection c = db.connection()) {
        PlanRecorder r = new PlanRecorder(c, "postgresql");
        String email = r.single("select email from customers where id = 12345");
        String lastName = r.single("select last_name from customers where id = 777");
        r.record(
            "customers-by-email",
            ANALYZE,
            "select * from customers where email = '" + email + "'",
            NONE);
        r.record(
            "orders-pending-in-june",
            ANALYZE,
            "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
                + " and created_at < '2024-07-01'",
            NONE);
        r.record(
            "orders-of-customer-latest",
            ANALYZE,
            "select * from orders where customer_id = 42 order by created_at desc limit 20",
            NONE);
        r.record(
            "orders-deep-offset",
            ANALYZE,
            "select id, total from orders order by id limit 20 offset 90000",
            NONE);
        r.record(
            "addresses-lyon-fr",
            ANALYZE,
            "select * from addresses where city = 'Lyon' and country = 'FR'",
            NONE);
        r.record(
            "customers-lower-last-name",
            ANALYZE,
            "select * from customers where lower(last_name) = lower('" + lastName + "')",
            NONE);
        r.record(
            "products-name-contains",
            ANALYZE,
            "select * from products where name like '%Phone%'",
            NONE);
        r.record(
            "order-items-of-product",
            ANALYZE,
            "select * from order_items where product_id = 17",
            NONE);
        r.record("customers-by-id", ANALYZE, "select * from customers where id = 42", NONE);
        r.record(
            "orders-by-total-small-work-mem",
            ANALYZE,
            "select id, total from orders order by total desc",
            List.of("set work_mem = '64kB'"));
        r.record(
            "orders-join-customers-small-work-mem",
            ANALYZE,
            "select o.id, c.email from orders o join customers c on c.id = o.customer_id",
            List.of("set work_mem = '64kB'"));
        r.record(
            "products-join-items-nested-loop",
            ANALYZE,
            "select p.sku, oi.quantity from products p join order_items oi on oi.product_id = p.id"
                + " where p.id between 1 and 3",
            List.of(
                "reset work_mem",
                "set max_parallel_workers_per_gather = 0",
                "set enable_hashjoin = off",
                "set enable_mergejoin = off",
                "set enable_material = off",
                "set enable_memoize = off",
                "set enable_indexscan = off",
                "set enable_bitmapscan = off"));
        r.record(
            "orders-pending-estimate",
            "explain (format json)",
            "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
                + " and created_at < '2024-07-01'",
            List.of("reset all"));
        assertThat(PlanRecorder.ROOT.resolve("postgresql/customers-by-email.json")).exists();
      }
    }
  }

  /** Separate so it can be re-recorded alone: {@code -Dtest=RecordPostgresPlansTest#recordTopN}. */
  @Test
  void recordTopN() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      ShopData.create(db, 1.0);
      try (Connection c = db.connection()) {
        PlanRecorder r = new PlanRecorder(c, "postgresql");
        r.record(
            "orders-largest-top-n",
            ANALYZE,
            "select id, customer_id, total from orders order by total desc limit 20",
            List.of("set max_parallel_workers_per_gather = 0"));
        assertThat(PlanRecorder.ROOT.resolve("postgresql/orders-largest-top-n.json")).exists();
      }
    }
  }

  /**
   * Lookups on expressions the planner has no statistics for, so it expects its default 0.5% of the
   * table: one for a value that does not exist, one that finds one row. Re-record alone with {@code
   * -Dtest=RecordPostgresPlansTest#recordEmptyLookup}.
   */
  @Test
  void recordEmptyLookup() throws Exception {
    try (TestDatabase db = TestDatabases.postgres()) {
      ShopData.create(db, 1.0);
      try (Connection c = db.connection()) {
        PlanRecorder r = new PlanRecorder(c, "postgresql");
        r.record(
            "customers-lower-last-name-no-match",
            ANALYZE,
            "select * from customers where lower(last_name) = lower('Nobody-Has-This-Name')",
            NONE);
        // A case-insensitive login: one customer, but the planner has no statistics on the
        // expression and expects its default 0.5% of the table.
        String email = r.single("select email from customers where id = 4242");
        r.record(
            "customers-lower-email",
            ANALYZE,
            "select * from customers where lower(email) = lower('" + email + "')",
            NONE);
        assertThat(PlanRecorder.ROOT.resolve("postgresql/customers-lower-last-name-no-match.json"))
            .exists();
      }
    }
  }
}
