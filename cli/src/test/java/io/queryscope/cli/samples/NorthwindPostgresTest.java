package io.queryscope.cli.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Northwind indexes only its primary keys: every foreign key whose columns do not lead a primary
 * key must be reported with the index that fixes it, and the three that do lead one must not.
 */
@PostgresTest
class NorthwindPostgresTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

  /** Each unindexed foreign key of northwind.sql, as table(columns), and the tables' row counts. */
  static final Map<String, Integer> UNINDEXED_FOREIGN_KEYS =
      Map.of(
          "orders(customer_id)", 830,
          "orders(employee_id)", 830,
          "orders(ship_via)", 830,
          "order_details(product_id)", 2155,
          "products(category_id)", 77,
          "products(supplier_id)", 77,
          "territories(region_id)", 53,
          "employee_territories(territory_id)", 49,
          "customer_customer_demo(customer_type_id)", 0,
          "employees(reports_to)", 9);

  /** Foreign keys that lead their table's primary key, so are indexed. */
  static final Set<String> COVERED_FOREIGN_KEYS =
      Set.of(
          "order_details(order_id)",
          "employee_territories(employee_id)",
          "customer_customer_demo(customer_id)");

  private static DatasetLoader.Loaded loaded;
  private static SampleReport defaults;
  private static SampleReport everyForeignKey;

  @BeforeAll
  static void loadWorkAndAnalyze() throws Exception {
    loaded =
        DatasetLoader.load(DB.get(), SampleDatasets.require(SampleDatasets.NORTHWIND_POSTGRESQL));
    System.out.println("northwind loaded into PostgreSQL: " + loaded);
    StoreWorkload.run(DB.dataSource(), StoreWorkload.northwind());
    defaults = SampleReport.analyze(DB.get(), "northwind-postgresql");
    // min-rows 0: judge every foreign key, not only those of tables past the 1,000-row default.
    everyForeignKey =
        SampleReport.analyze(
            DB.get(), "northwind-postgresql-every-fk", "--set", "missing-fk-index.min-rows=0");
  }

  @Test
  void loadsEveryTableAndRow() throws Exception {
    assertThat(loaded.tables()).hasSize(14);
    Map<String, Integer> rows = new TreeMap<>();
    try (Connection c = DB.get().connection();
        Statement st = c.createStatement()) {
      for (String table : Set.of("orders", "order_details", "products", "employees")) {
        try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
          rs.next();
          rows.put(table, rs.getInt(1));
        }
      }
    }
    assertThat(rows)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("orders", 830, "order_details", 2155, "products", 77, "employees", 9));
  }

  @Test
  void withDefaultThresholdsOnlyTheForeignKeyOfTheOneLargeTableIsReported() {
    // order_details (2,155 rows) is the only referencing table past min-rows = 1000.
    assertThat(defaults.run().exit()).as(defaults.toString()).isZero();
    Set<String> expected = new java.util.TreeSet<>();
    UNINDEXED_FOREIGN_KEYS.forEach(
        (fk, rows) -> {
          if (rows >= 1000) {
            expected.add("missing-fk-index " + fk);
          }
        });
    assertThat(defaults.keys()).as(defaults.toString()).isEqualTo(expected);
    assertCreatesIndex(defaults, "order_details(product_id)");
  }

  @Test
  void everyUnindexedForeignKeyIsReportedWithItsIndex() {
    assertThat(everyForeignKey.run().exit()).as(everyForeignKey.toString()).isZero();
    Set<String> expected = new java.util.TreeSet<>();
    UNINDEXED_FOREIGN_KEYS.keySet().forEach(fk -> expected.add("missing-fk-index " + fk));
    assertThat(everyForeignKey.keys()).as(everyForeignKey.toString()).isEqualTo(expected);
    UNINDEXED_FOREIGN_KEYS.keySet().forEach(fk -> assertCreatesIndex(everyForeignKey, fk));
  }

  @Test
  void foreignKeysLeadingThePrimaryKeyAreNotReported() {
    for (String covered : COVERED_FOREIGN_KEYS) {
      assertThat(everyForeignKey.keys()).doesNotContain("missing-fk-index " + covered);
    }
  }

  @Test
  void theWorkloadWasReadAndPlanRulesStayQuiet() {
    // 21 calls of 5 store queries; on tables this small no plan or workload rule has a threshold
    // met (missing-index wants 10,000 rows, slow-query 100 ms means), so only the catalog speaks.
    assertThat(defaults.statements()).as(defaults.toString()).isGreaterThanOrEqualTo(21);
    assertThat(defaults.json().path("plans").size()).isGreaterThanOrEqualTo(5);
    assertThat(defaults.keys()).allMatch(k -> k.startsWith("missing-fk-index "));
  }

  private static void assertCreatesIndex(SampleReport report, String foreignKey) {
    String table = foreignKey.substring(0, foreignKey.indexOf('('));
    String columns = foreignKey.substring(foreignKey.indexOf('(') + 1, foreignKey.length() - 1);
    assertThat(report.ddl("missing-fk-index " + foreignKey))
        .as(foreignKey)
        .matches(
            "(?i)create index (concurrently )?\\w+ on (public\\.)?"
                + table
                + " \\("
                + columns
                + "\\);?");
  }
}
