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
import java.util.TreeSet;
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

  private static SampleRun run;

  @BeforeAll
  static void loadServeAndAnalyze() throws Exception {
    run =
        SampleRun.of(
            DB.get(),
            SampleDatasets.NORTHWIND_POSTGRESQL,
            "northwind-postgresql",
            StoreWorkload.northwind());
  }

  @Test
  void loadsEveryTableAndRow() throws Exception {
    assertThat(run.loaded().tables()).hasSize(14);
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
    SampleReport defaults = run.defaults();
    assertThat(defaults.run().exit()).as(defaults.toString()).isZero();
    Set<String> expected = new TreeSet<>();
    UNINDEXED_FOREIGN_KEYS.forEach(
        (fk, rows) -> {
          if (rows >= 1000) {
            expected.add("missing-fk-index " + fk);
          }
        });
    assertThat(SampleRun.stableKeys(defaults)).as(defaults.toString()).isEqualTo(expected);
    assertCreatesIndex(defaults, "order_details(product_id)");
  }

  @Test
  void everyUnindexedForeignKeyIsReportedWithItsIndex() {
    // min-rows 0: every foreign key judged, not only those of tables past 1,000 rows.
    SampleReport everyForeignKey = run.strict();
    assertThat(everyForeignKey.run().exit()).as(everyForeignKey.toString()).isZero();
    Set<String> expected = new TreeSet<>();
    UNINDEXED_FOREIGN_KEYS.keySet().forEach(fk -> expected.add("missing-fk-index " + fk));
    assertThat(SampleRun.stableKeys(everyForeignKey))
        .as(everyForeignKey.toString())
        .isEqualTo(expected);
    UNINDEXED_FOREIGN_KEYS.keySet().forEach(fk -> assertCreatesIndex(everyForeignKey, fk));
  }

  @Test
  void foreignKeysLeadingThePrimaryKeyAreNotReported() {
    for (String covered : COVERED_FOREIGN_KEYS) {
      assertThat(run.strict().keys()).doesNotContain("missing-fk-index " + covered);
    }
  }

  @Test
  void everyStoreQueryWasSeenAndExplained() {
    // One store request per unit of work, on tables far below every plan and workload threshold
    // (missing-index wants 10,000 rows, n-plus-one 5 runs in one unit): only the catalog speaks,
    // with and without executed plans, as the exact sets above assert.
    SampleRun.assertWorkloadExplained(run.defaults(), run.workload());
    SampleRun.assertWorkloadExplained(run.strict(), run.workload());
    SampleRun.assertSlowQueryWithinThresholds(run.defaults());
    SampleRun.assertSlowQueryWithinThresholds(run.strict());
  }

  @Test
  void aCaptureWithRedactedBindsIsStillExplained() {
    // The capture as exported by default: binds are salted hashes, literals are '?'. Correct
    // behaviour is a generic (estimated) plan per statement, not the hash sent as a value.
    SampleReport r = run.redacted();
    assertThat(r.run().exit()).as(r.toString()).isZero();
    SampleRun.assertWorkloadExplained(r, run.workload());
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
