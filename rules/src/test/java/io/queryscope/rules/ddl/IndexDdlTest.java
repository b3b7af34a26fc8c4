package io.queryscope.rules.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexDdlTest {

  @Test
  void quotesOnlyWhenTheServerNeedsIt() {
    assertThat(Identifiers.quote(DatabaseKind.POSTGRESQL, "orders")).isEqualTo("orders");
    assertThat(Identifiers.quote(DatabaseKind.POSTGRESQL, "Orders")).isEqualTo("\"Orders\"");
    assertThat(Identifiers.quote(DatabaseKind.POSTGRESQL, "order")).isEqualTo("\"order\"");
    assertThat(Identifiers.quote(DatabaseKind.POSTGRESQL, "weird\"name"))
        .isEqualTo("\"weird\"\"name\"");
    // Only plain lower-case names go bare, on every server (issue 18).
    assertThat(Identifiers.quote(DatabaseKind.MYSQL, "Orders")).isEqualTo("`Orders`");
    assertThat(Identifiers.quote(DatabaseKind.MYSQL, "order")).isEqualTo("`order`");
    assertThat(Identifiers.quote(DatabaseKind.MARIADB, "my-table")).isEqualTo("`my-table`");
    assertThat(Identifiers.quote(DatabaseKind.MYSQL, "123")).isEqualTo("`123`");
  }

  @Test
  void postgresqlGetsIncludeAndPartialIndexesMySqlNeither() {
    CandidateIndex index =
        new CandidateIndex(
            "Shop", "orders", List.of("created_at"), List.of("total"), "status = 'pending'", false);
    assertThat(IndexDdl.create(DatabaseKind.POSTGRESQL, index))
        .isEqualTo(
            "CREATE INDEX idx_orders_created_at ON \"Shop\".orders (created_at) INCLUDE (total)"
                + " WHERE status = 'pending'");
    assertThat(IndexDdl.create(DatabaseKind.MYSQL, index))
        .isEqualTo("CREATE INDEX idx_orders_created_at ON `Shop`.orders (created_at)");
  }

  @Test
  void expressionKeysAndReservedColumns() {
    // Expression keys are structured (issue 18): a column named "lower(x)" is only a name.
    CandidateIndex lower =
        CandidateIndex.ofKeys(null, "customers", List.of(IndexKey.function("lower", "last_name")));
    assertThat(IndexDdl.create(DatabaseKind.POSTGRESQL, lower))
        .isEqualTo("CREATE INDEX idx_customers_lower_last_name ON customers (lower(last_name))");
    assertThat(IndexDdl.create(DatabaseKind.MYSQL, lower))
        .isEqualTo("CREATE INDEX idx_customers_lower_last_name ON customers ((lower(last_name)))");
    assertThat(
            IndexDdl.create(DatabaseKind.MYSQL, CandidateIndex.on("user", List.of("order", "Key"))))
        .matches("CREATE INDEX idx_user_order_key_[0-9a-f]{8} ON `user` \\(`order`, `Key`\\)");
    assertThat(
            IndexDdl.create(
                DatabaseKind.POSTGRESQL, CandidateIndex.on("customers", List.of("lower(x)"))))
        .startsWith("CREATE INDEX idx_customers_lower_x ON customers (\"lower(x)\")");
  }

  @Test
  void dropAndHidePerServer() {
    IndexInfo index =
        new IndexInfo(
            "shop",
            "payments",
            "payments_paid_at_idx",
            List.of("paid_at"),
            null,
            null,
            false,
            false,
            null,
            true,
            true,
            1,
            0,
            "btree");
    assertThat(IndexDdl.drop(DatabaseKind.POSTGRESQL, index))
        .isEqualTo("DROP INDEX CONCURRENTLY shop.payments_paid_at_idx");
    assertThat(IndexDdl.drop(DatabaseKind.MYSQL, index))
        .isEqualTo("DROP INDEX payments_paid_at_idx ON shop.payments");
    assertThat(IndexDdl.hide(DatabaseKind.MYSQL, index))
        .isEqualTo("ALTER TABLE shop.payments ALTER INDEX payments_paid_at_idx INVISIBLE");
    assertThat(IndexDdl.hide(DatabaseKind.MARIADB, index))
        .isEqualTo("ALTER TABLE shop.payments ALTER INDEX payments_paid_at_idx IGNORED");
    assertThat(IndexDdl.hide(DatabaseKind.POSTGRESQL, index)).isNull();
  }
}
