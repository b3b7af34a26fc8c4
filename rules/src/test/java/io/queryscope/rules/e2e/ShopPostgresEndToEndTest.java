package io.queryscope.rules.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shop's planted problems (fixtures/README.md) on PostgreSQL at scale 1: each is found with the
 * right fix, and nothing else is reported but the extras judged correct below.
 */
@PostgresTest
class ShopPostgresEndToEndTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(1.0);

  private static Report report;

  @BeforeAll
  static void runThePlantedWorkloadAndAnalyze() throws Exception {
    List<String> statements = workload();
    ShopAnalysis.runWorkload(db.dataSource(), statements, 5);
    // Freshly loaded tables look write-heavy by their counters; the shop is meant to be read.
    RuleSettings settings =
        new RuleSettings(Map.of("missing-index.write-heavy-share", 1.01), Map.of(), Set.of());
    report = ShopAnalysis.analyze(db.dataSource(), statements, settings, WhatIfMode.TRANSACTIONAL);
    System.out.println(ShopAnalysis.describe(report));
  }

  static List<String> workload() throws Exception {
    List<String> planted = new ArrayList<>();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      String email = single(st, "select email from customers where id = 12345");
      String lastName = single(st, "select last_name from customers where id = 777");
      String sku = single(st, "select sku from products where id = 99");
      planted.add("select * from customers where email = '" + email + "'");
      planted.add(
          "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
              + " and created_at < '2024-07-01'");
      planted.add("select * from order_items where product_id = 17");
      planted.add("select * from customers where lower(last_name) = lower('" + lastName + "')");
      planted.add("select * from products where name like '%Phone%'");
      planted.add("select id, total from orders order by id limit 20 offset 90000");
      planted.add("select * from addresses where city = 'Lyon' and country = 'FR'");
      // The sound parts: none of these may produce a finding.
      planted.add("select * from customers where id = 42");
      planted.add("select * from orders where customer_id = 42 order by created_at desc limit 20");
      planted.add("select * from reviews where product_id = 7 order by created_at desc");
      planted.add("select * from customers where last_name = '" + lastName + "'");
      planted.add("select * from products where sku = '" + sku + "'");
      planted.add("select * from order_items where order_id = 5");
      planted.add("select * from categories");
    }
    return planted;
  }

  private static String single(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void findsTheUnindexedEmailLookupWithAVerifiedIndex() {
    Finding f = one("missing-index", indexOn("customers", "email"));
    assertThat(f.title()).contains("customers filtered by email read 20,000 rows to return 1");
    assertThat(f.recommendation().ddl())
        .isEqualTo("CREATE INDEX idx_customers_email ON customers (email)");
    assertThat(f.recommendation().summary()).contains("CREATE UNIQUE INDEX", "CONCURRENTLY");
    assertThat(f.recommendation().verified()).isNotNull();
    assertThat(f.recommendation().verified().costAfter())
        .isLessThan(f.recommendation().verified().costBefore());
  }

  @Test
  void findsPendingOrdersByStatusAndDate() {
    Finding f = one("missing-index", indexOn("orders", "status", "created_at"));
    assertThat(f.title()).contains("orders filtered by status and created_at read 100,000 rows");
    assertThat(f.recommendation().summary()).contains("WHERE status = 'pending'");
    assertThat(f.recommendation().verified()).isNotNull();
  }

  @Test
  void findsTheForeignKeyWithoutAnIndexMergedWithTheScanItCauses() {
    Finding f = one("missing-index", indexOn("order_items", "product_id"));
    assertThat(f.evidence().get("mergedRules"))
        .isEqualTo(List.of("missing-index", "missing-fk-index"));
    assertThat(f.title()).contains("order_items filtered by product_id read 300,000 rows");
    assertThat(f.recommendation().ddl())
        .matches(
            "CREATE INDEX idx_order_items_product_id ON (public\\.)?order_items \\(product_id\\)");
  }

  @Test
  void findsTheDuplicateAndTheUnusedIndex() {
    Finding dup =
        one(
            "duplicate-index",
            f -> "orders_customer_id_idx".equals(f.evidence().get("redundantIndex")));
    assertThat(dup.evidence().get("coveredBy")).isEqualTo("orders_customer_id_created_at_idx");
    Finding unused =
        one("unused-index", f -> "payments_paid_at_idx".equals(f.evidence().get("index")));
    assertThat(unused.recommendation().ddl())
        .isEqualTo("DROP INDEX CONCURRENTLY public.payments_paid_at_idx");
  }

  @Test
  void findsBothNonSargablePredicates() {
    Finding lower =
        one("non-sargable-predicate", f -> "last_name".equals(f.evidence().get("column")));
    assertThat(lower.recommendation().ddl()).contains("(lower(last_name))");
    Finding like = one("non-sargable-predicate", f -> "name".equals(f.evidence().get("column")));
    assertThat(like.recommendation().ddl()).contains("gin_trgm_ops");
  }

  @Test
  void findsDeepOffsetAndTheCityCountryMisestimate() {
    Finding offset = one("deep-offset", f -> true);
    assertThat(offset.evidence().get("offset")).isEqualTo(90000L);
    assertThat(offset.recommendation().summary()).contains("WHERE id > :last_id");
    Finding misestimate = one("row-misestimate", f -> f.title().contains("addresses"));
    assertThat(misestimate.recommendation().summary())
        .contains("CREATE STATISTICS ON city, country FROM");
  }

  @Test
  void reportsNothingThatWasNotPlanted() {
    List<Predicate<Finding>> expected =
        List.of(
            f -> f.rule().equals("missing-index") && indexOn("customers", "email").test(f),
            f ->
                f.rule().equals("missing-index")
                    && indexOn("orders", "status", "created_at").test(f),
            f -> f.rule().equals("missing-index") && indexOn("order_items", "product_id").test(f),
            f -> f.rule().equals("duplicate-index"),
            f ->
                f.rule().equals("unused-index")
                    && "payments_paid_at_idx".equals(f.evidence().get("index")),
            f -> f.rule().equals("non-sargable-predicate"),
            f -> f.rule().equals("deep-offset"),
            f -> f.rule().equals("row-misestimate") && f.title().contains("addresses"),
            // Extras judged correct (listed for fixtures/README.md): 97.6% of addresses are
            // filtered away by city and country; products_name_idx really is never used; and
            // slow-query points at the heaviest planted statements.
            f ->
                f.rule().equals("missing-index") && indexOn("addresses", "city", "country").test(f),
            f ->
                f.rule().equals("unused-index")
                    && "products_name_idx".equals(f.evidence().get("index")),
            f -> f.rule().equals("slow-query"));
    assertThat(report.findings())
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(expected)
                    .as("expected or judged correct: %s", f.title())
                    .anyMatch(p -> p.test(f)));
  }

  private static Predicate<Finding> indexOn(String table, String... columns) {
    return f ->
        f.recommendation() != null
            && f.recommendation().index() != null
            && f.recommendation().index().table().equalsIgnoreCase(table)
            && f.recommendation().index().columns().equals(List.of(columns));
  }

  private static Finding one(String rule, Predicate<Finding> which) {
    List<Finding> matching = report.findings(rule).stream().filter(which).toList();
    assertThat(matching)
        .as("%s findings matching in %s", rule, ShopAnalysis.describe(report))
        .hasSize(1);
    return matching.get(0);
  }
}
