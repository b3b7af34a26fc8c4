package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MySqlTest
class MySqlCatalogTest {

  private static Catalog catalog;
  private static boolean performanceSchema;

  @BeforeAll
  static void read(TestDatabase db) throws Exception {
    MySqlTestSchema.load(db);
    performanceSchema = db.performanceSchemaEnabled();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      boolean maria = db.serverVersion().toLowerCase().contains("mariadb");
      st.execute(
          "alter table orders alter index idx_orders_note " + (maria ? "ignored" : "invisible"));
      try (ResultSet rs =
          st.executeQuery("select count(*) from orders where created_at < '2024-01-02'")) {
        rs.next();
      }
      try (MySqlSession session = MySqlSession.open(c, SessionOptions.DEFAULTS)) {
        catalog = session.readCatalog();
      }
    }
  }

  @Test
  void tablesWithRowEstimatesAndSizes() {
    TableInfo orders = catalog.table("orders").orElseThrow();
    assertThat(orders.estimatedRows()).isBetween(10_000L, 40_000L);
    assertThat(orders.totalBytes()).isGreaterThan(0);
    assertThat(catalog.tables())
        .extracting(TableInfo::name)
        .contains("customers", "digits", "orders");
    assertThat(orders.lastAnalyze()).isNotNull();
    if (performanceSchema) {
      assertThat(orders.inserts()).isGreaterThanOrEqualTo(20_000);
    } else {
      assertThat(orders.inserts()).isEqualTo(-1);
    }
  }

  @Test
  void indexesWithColumnsInOrderPrefixesUniquenessAndVisibility() {
    List<IndexInfo> customers = catalog.indexesOn("customers");
    IndexInfo email = find(customers, "uq_customers_email");
    assertThat(email.unique()).isTrue();
    assertThat(email.primary()).isFalse();
    assertThat(email.columns()).containsExactly("email");
    IndexInfo prefix = find(customers, "idx_customers_name_prefix");
    assertThat(prefix.prefixLengths()).containsExactly(10);
    IndexInfo pk = find(customers, "PRIMARY");
    assertThat(pk.primary()).isTrue();
    assertThat(pk.method()).isEqualTo("btree");
    IndexInfo note = find(catalog.indexesOn("orders"), "idx_orders_note");
    assertThat(note.visible()).isFalse();
    assertThat(find(catalog.indexesOn("orders"), "idx_orders_created").visible()).isTrue();
    assertThat(catalog.hasIndexLeadingWith("orders", List.of("customer_id"))).isTrue();
    assertThat(find(catalog.indexesOn("orders"), "PRIMARY").sizeBytes()).isGreaterThan(0);
  }

  @Test
  void indexUsageFromPerformanceSchema() {
    IndexInfo created = find(catalog.indexesOn("orders"), "idx_orders_created");
    if (performanceSchema) {
      assertThat(created.scans()).isGreaterThan(0);
      assertThat(find(catalog.indexesOn("orders"), "idx_orders_note").scans()).isZero();
      assertThat(catalog.statsResetAt()).isNotNull();
    } else {
      assertThat(created.scans()).isEqualTo(-1);
    }
  }

  @Test
  void foreignKeysWithTheirColumns() {
    ForeignKeyInfo fk = catalog.foreignKeysOn("orders").get(0);
    assertThat(fk.name()).isEqualTo("fk_orders_customer");
    assertThat(fk.columns()).containsExactly("customer_id");
    assertThat(fk.referencedTable()).isEqualTo("customers");
    assertThat(fk.referencedColumns()).containsExactly("id");
  }

  @Test
  void distinctValuesFromIndexCardinality() {
    double distinct = catalog.columnStats("customers", "email").orElseThrow().distinctValues();
    assertThat(distinct).isBetween(1_000.0, 3_000.0);
    assertThat(catalog.columnStats("orders", "customer_id").orElseThrow().distinctValues())
        .isBetween(500.0, 5_000.0);
  }

  private static IndexInfo find(List<IndexInfo> indexes, String name) {
    return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }
}
