package io.queryscope.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

  private static IndexInfo index(String table, String name, String... columns) {
    return new IndexInfo(
        "public",
        table,
        name,
        List.of(columns),
        null,
        null,
        false,
        false,
        null,
        true,
        true,
        8192,
        0,
        "btree");
  }

  private final Catalog catalog =
      new Catalog(
          List.of(new TableInfo("public", "orders", 100_000, 1, 1, 1, 1, 1, 1, 1, 0, null)),
          List.of(index("orders", "orders_status_created", "status", "created_at")),
          List.of(),
          List.of(new ColumnStats("public", "orders", "status", 5, 0, 0.6, 0.1)),
          null);

  @Test
  void findsTablesWithOrWithoutSchemaIgnoringCaseAndQuotes() {
    assertThat(catalog.table("orders")).isPresent();
    assertThat(catalog.table("PUBLIC.Orders")).isPresent();
    assertThat(catalog.table("\"public\".\"orders\"")).isPresent();
    assertThat(catalog.table("other.orders")).isEmpty();
    assertThat(catalog.table("order")).isEmpty();
  }

  @Test
  void anIndexServesOnlyItsLeadingColumns() {
    assertThat(catalog.hasIndexLeadingWith("orders", List.of("status"))).isTrue();
    assertThat(catalog.hasIndexLeadingWith("orders", List.of("status", "created_at"))).isTrue();
    assertThat(catalog.hasIndexLeadingWith("orders", List.of("created_at"))).isFalse();
  }

  @Test
  void columnStatisticsGiveEqualitySelectivity() {
    assertThat(catalog.columnStats("orders", "STATUS").orElseThrow().equalitySelectivity())
        .isEqualTo(0.2);
  }

  @Test
  void writeShareComparesRowsWrittenWithRowsRead() {
    // 300,000 rows loaded, then 12 full scans read 3.6 million: read-heavy, whatever the scan
    // count.
    TableInfo loadedThenScanned =
        new TableInfo("public", "items", 300_000, 1, 12, 0, 3_600_000, 300_000, 0, 0, 0, null);
    assertThat(loadedThenScanned.writeShare()).isLessThan(0.1);
    TableInfo churning =
        new TableInfo("public", "events", 1_000, 1, 50, 50, 1_000, 90_000, 9_000, 0, 0, null);
    assertThat(churning.writeShare()).isGreaterThan(0.98);
    TableInfo unknown =
        new TableInfo("public", "t", 1_000, 1, 50, 50, -1, 90_000, 9_000, 0, 0, null);
    assertThat(unknown.writeShare()).isNaN();
  }
}
