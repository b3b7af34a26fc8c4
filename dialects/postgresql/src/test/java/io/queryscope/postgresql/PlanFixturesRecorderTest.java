package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.plan.Plan;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Re-records the plan fixtures from a real server: {@code mvn -pl dialects/postgresql -am test
 * -Dtest=PlanFixturesRecorderTest -Dfixtures.update=true -Dsurefire.failIfNoSpecifiedTests=false},
 * once on the embedded PostgreSQL 17 and once with {@code QUERYSCOPE_PG_URL} for the local one.
 * Each statement runs under {@code EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)} in a transaction that
 * is rolled back, so DML leaves the data as loaded.
 */
@PostgresTest
@EnabledIfSystemProperty(named = "fixtures.update", matches = "true")
class PlanFixturesRecorderTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.1);

  /** One recorded statement and the session settings that provoke its plan shape. */
  record Case(String name, String sql, Map<String, String> settings) {
    Case(String name, String sql) {
      this(name, sql, Map.of());
    }
  }

  private static final Map<String, String> SMALL_WORK_MEM = Map.of("work_mem", "'64kB'");
  private static final Map<String, String> PARALLEL =
      Map.of(
          "parallel_setup_cost", "0",
          "parallel_tuple_cost", "0",
          "min_parallel_table_scan_size", "0",
          "max_parallel_workers_per_gather", "2");

  static final List<Case> CASES =
      List.of(
          new Case("seq_scan_filter", "select * from customers where email = 'nobody@example.com'"),
          new Case(
              "seq_scan_status_range",
              "select * from orders where status = 'pending' and created_at >= '2024-01-01'"
                  + " and created_at < '2024-03-01'"),
          new Case("seq_scan_small_table", "select * from categories where parent_id is null"),
          new Case("index_scan_pk", "select * from orders where id = 42"),
          new Case(
              "index_only_scan",
              "select customer_id, created_at from orders where customer_id = 17"),
          new Case(
              "index_scan_order_limit",
              "select * from orders where customer_id = 7 order by created_at desc limit 5"),
          new Case("index_scan_backward", "select * from orders order by id desc limit 10"),
          new Case(
              "bitmap_heap_scan", "select * from orders where customer_id between 100 and 160"),
          new Case(
              "bitmap_or", "select * from orders where customer_id = 5 or shipping_address_id = 7"),
          new Case(
              "nested_loop_join",
              "select o.id, c.email from orders o join customers c on c.id = o.customer_id"
                  + " where o.id < 50"),
          new Case(
              "hash_join_aggregate",
              "select c.country, count(*) from orders o join customers c on c.id ="
                  + " o.customer_id group by c.country"),
          new Case(
              "merge_join",
              "select o.id, p.amount from orders o join payments p on p.order_id = o.id",
              Map.of("enable_hashjoin", "off", "enable_nestloop", "off")),
          new Case(
              "hash_join_batches",
              "select oi.order_id, oi.quantity, o.status from order_items oi join orders o on"
                  + " o.id = oi.order_id",
              Map.of("work_mem", "'64kB'", "enable_mergejoin", "off", "enable_nestloop", "off")),
          new Case("sort_in_memory", "select * from products order by price desc"),
          new Case(
              "sort_on_disk",
              "select * from order_items order by unit_price, quantity",
              SMALL_WORK_MEM),
          new Case(
              "incremental_sort", "select * from orders order by customer_id, total limit 100"),
          new Case(
              "hash_aggregate",
              "select product_id, sum(quantity) from order_items group by product_id"),
          new Case(
              "hash_aggregate_spill",
              "select order_id, sum(quantity) from order_items group by order_id",
              Map.of("work_mem", "'64kB'", "enable_sort", "off")),
          new Case(
              "group_aggregate",
              "select customer_id, count(*) from orders group by customer_id order by"
                  + " customer_id"),
          new Case("plain_aggregate", "select count(*), avg(total) from orders"),
          new Case("limit_only", "select * from reviews limit 10"),
          new Case("deep_offset", "select id, total from orders order by id limit 20 offset 9000"),
          new Case(
              "cte_inlined",
              "with big as (select customer_id, sum(total) t from orders group by customer_id)"
                  + " select * from big where t > 1000"),
          new Case(
              "cte_materialized",
              "with c as materialized (select * from customers where country = 'DE') select"
                  + " count(*) from c join addresses a on a.customer_id = c.id"),
          new Case(
              "cte_recursive",
              "with recursive tree as (select id, parent_id, name from categories where"
                  + " parent_id is null union all select c.id, c.parent_id, c.name from"
                  + " categories c join tree t on c.parent_id = t.id) select * from tree"),
          new Case(
              "subquery_in",
              "select * from products where id in (select product_id from reviews where rating"
                  + " = 5)"),
          new Case(
              "subquery_exists",
              "select * from customers c where exists (select 1 from orders o where"
                  + " o.customer_id = c.id and o.status = 'refunded')"),
          new Case(
              "anti_join",
              "select * from products p where not exists (select 1 from order_items oi where"
                  + " oi.product_id = p.id)"),
          new Case(
              "correlated_subplan",
              "select c.id, (select max(created_at) from orders o where o.customer_id = c.id)"
                  + " from customers c where c.id < 100"),
          new Case(
              "initplan_scalar",
              "select * from orders where total > (select avg(total) * 3 from orders)"),
          new Case(
              "window_rank",
              "select id, customer_id, rank() over (partition by customer_id order by total"
                  + " desc) from orders"),
          new Case(
              "window_running_sum",
              "select id, sum(total) over (order by created_at) from orders where customer_id"
                  + " < 50"),
          new Case(
              "parallel_seq_scan", "select count(*) from order_items where quantity > 2", PARALLEL),
          new Case(
              "parallel_hash_join",
              "select count(*) from order_items oi join orders o on o.id = oi.order_id where"
                  + " o.status = 'delivered'",
              PARALLEL),
          new Case(
              "gather_merge",
              "select * from order_items where quantity = 3 order by unit_price limit 1000",
              PARALLEL),
          new Case("distinct_hash", "select distinct country from customers"),
          new Case(
              "union",
              "select id from customers where country = 'FR' union select customer_id from"
                  + " orders where status = 'pending'"),
          new Case(
              "intersect",
              "select customer_id from orders where status = 'refunded' intersect select"
                  + " customer_id from reviews where rating = 1"),
          new Case(
              "left_join_group",
              "select p.id, count(r.id) from products p left join reviews r on r.product_id ="
                  + " p.id group by p.id"),
          new Case("function_scan", "select * from generate_series(1, 100) g where g % 7 = 0"),
          new Case(
              "values_scan",
              "select * from (values (1, 'a'), (2, 'b'), (3, 'c')) v(id, name) where id = 2"),
          new Case(
              "non_sargable_lower",
              "select * from customers where lower(last_name) = lower('Smith')"),
          new Case("leading_wildcard_like", "select * from products where name like '%Phone%'"),
          new Case(
              "row_misestimate", "select * from addresses where city = 'Lyon' and country = 'FR'"),
          new Case(
              "nested_loop_materialize",
              "select a.id, b.id from categories a join categories b on a.parent_id <> b.id"
                  + " where a.id < 5",
              Map.of("enable_hashjoin", "off", "enable_mergejoin", "off")),
          new Case(
              "memoize",
              "select count(*) from order_items oi join products p on p.id = oi.product_id"
                  + " where oi.order_id < 3000",
              Map.of("enable_hashjoin", "off", "enable_mergejoin", "off")),
          new Case("select_for_update", "select * from orders where customer_id = 9 for update"),
          new Case(
              "insert_values",
              "insert into categories (id, parent_id, name, slug) values (1000, null, 'New',"
                  + " 'new')"),
          new Case("update_by_pk", "update orders set status = 'shipped' where id = 10"),
          new Case("delete_filtered", "delete from reviews where rating = 1 and id < 500"),
          new Case(
              "insert_select",
              "insert into categories (id, parent_id, name, slug) select id + 1000, null,"
                  + " name, slug || '-copy' from categories where parent_id is null"));

  @Test
  void recordsEveryCase() throws SQLException {
    Path dir = PostgresFixtureFiles.root().resolve(String.valueOf(db.get().serverMajorVersion()));
    PostgresDialect dialect = new PostgresDialect();
    try (Connection c = db.connection()) {
      c.setAutoCommit(false);
      for (Case k : CASES) {
        String json;
        try (Statement st = c.createStatement()) {
          for (Map.Entry<String, String> s : k.settings().entrySet()) {
            st.execute("set local " + s.getKey() + " = " + s.getValue());
          }
          try (ResultSet rs =
              st.executeQuery("explain (analyze, buffers, format json) " + k.sql())) {
            rs.next();
            json = rs.getString(1);
          }
        } finally {
          c.rollback();
        }
        Path base = dir.resolve(k.name());
        Plan plan = dialect.parsePlan(json, k.sql());
        PostgresFixtureFiles.write(base, PostgresFixtureFiles.SQL_SUFFIX, k.sql() + "\n");
        PostgresFixtureFiles.write(base, PostgresFixtureFiles.PLAN_SUFFIX, json + "\n");
        PostgresFixtureFiles.write(
            base, PostgresFixtureFiles.MODEL_SUFFIX, PlanModelJson.render(plan));
      }
    }
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
  }
}
