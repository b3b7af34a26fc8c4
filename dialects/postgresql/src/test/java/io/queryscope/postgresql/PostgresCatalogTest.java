package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.catalog.SessionInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PostgresCatalogTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.01);

  private static Catalog catalog;

  @BeforeAll
  static void readCatalog() throws SQLException {
    // Index shapes the shop schema does not have: INCLUDE, partial, expression, invalid-free.
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute(
          "create index orders_status_total_incl_idx on orders (status) include (total)"
              + " where status = 'pending'");
      st.execute("create index customers_lower_email_idx on customers (lower(email), country)");
      st.execute("analyze");
      awaitAnalyzeTimes(st);
    }
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
      catalog = session.readCatalog();
    }
  }

  /**
   * Before PostgreSQL 15 the statistics collector publishes a table's last ANALYZE time some
   * hundreds of milliseconds later (15 moved statistics to shared memory): wait for it rather than
   * read a catalog from before it.
   */
  private static void awaitAnalyzeTimes(Statement st) throws SQLException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      st.execute("select pg_catalog.pg_stat_clear_snapshot()");
      try (ResultSet rs =
          st.executeQuery(
              "select count(*) from pg_catalog.pg_stat_user_tables"
                  + " where relname = 'orders' and last_analyze is not null")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @AfterAll
  static void forget() {
    catalog = null;
  }

  @Test
  void tablesCarrySizesCountsAndAnalyzeTimes() {
    assertThat(catalog.tables())
        .extracting(TableInfo::name)
        .contains("customers", "orders", "order_items", "payments", "reviews");
    TableInfo orders = catalog.table("public.orders").orElseThrow();
    assertThat(orders.estimatedRows()).isEqualTo(1000);
    assertThat(orders.totalBytes()).isPositive();
    assertThat(orders.inserts()).isGreaterThanOrEqualTo(0);
    assertThat(orders.lastAnalyze()).isNotNull();
  }

  @Test
  void indexesCarryKeysIncludesPredicatesAndExpressions() {
    IndexInfo partial =
        catalog.indexesOn("orders").stream()
            .filter(i -> i.name().equals("orders_status_total_incl_idx"))
            .findFirst()
            .orElseThrow();
    assertThat(partial.columns()).containsExactly("status");
    assertThat(partial.includeColumns()).containsExactly("total");
    assertThat(partial.predicate()).contains("pending");
    assertThat(partial.valid()).isTrue();
    assertThat(partial.method()).isEqualTo("btree");
    assertThat(partial.sizeBytes()).isPositive();

    IndexInfo expression =
        catalog.indexesOn("customers").stream()
            .filter(i -> i.name().equals("customers_lower_email_idx"))
            .findFirst()
            .orElseThrow();
    assertThat(expression.columns()).containsExactly("lower(email::text)", "country");

    IndexInfo primary =
        catalog.indexesOn("order_items").stream()
            .filter(IndexInfo::primary)
            .findFirst()
            .orElseThrow();
    assertThat(primary.unique()).isTrue();
    assertThat(primary.columns()).containsExactly("order_id", "line_no");
    assertThat(catalog.hasIndexLeadingWith("orders", List.of("customer_id", "created_at")))
        .isTrue();
  }

  @Test
  void foreignKeysNameBothSides() {
    ForeignKeyInfo fk =
        catalog.foreignKeysOn("order_items").stream()
            .filter(f -> f.referencedTable().equals("products"))
            .findFirst()
            .orElseThrow();
    assertThat(fk.columns()).containsExactly("product_id");
    assertThat(fk.referencedColumns()).containsExactly("id");
    assertThat(fk.schema()).isEqualTo("public");
  }

  @Test
  void columnStatisticsTurnDistinctFractionsIntoCounts() {
    // email is unique: pg_stats stores n_distinct = -1 (every row distinct).
    ColumnStats email = catalog.columnStats("customers", "email").orElseThrow();
    TableInfo customers = catalog.table("customers").orElseThrow();
    assertThat(email.distinctValues()).isEqualTo((double) customers.estimatedRows());
    assertThat(email.nullFraction()).isZero();
    ColumnStats status = catalog.columnStats("orders", "status").orElseThrow();
    assertThat(status.distinctValues()).isEqualTo(6.0);
    assertThat(status.mostCommonFrequency()).isBetween(0.6, 0.8);
    ColumnStats id = catalog.columnStats("orders", "id").orElseThrow();
    assertThat(id.correlation()).isGreaterThan(0.9);
  }

  @Test
  void serverStateShowsSettingsSessionsAndLockWaits() throws Exception {
    try (Connection holder = db.connection();
        Connection waiter = db.connection();
        Connection idle = db.connection()) {
      holder.setAutoCommit(false);
      try (Statement st = holder.createStatement()) {
        st.execute("select pg_advisory_xact_lock(4242)");
      }
      idle.setAutoCommit(false);
      try (Statement st = idle.createStatement()) {
        st.execute("select 1");
      }
      CompletableFuture<Void> blocked =
          CompletableFuture.runAsync(
              () -> {
                try (Statement st = waiter.createStatement()) {
                  st.execute("select pg_advisory_xact_lock(4242)");
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      ServerState state = waitForLockWait();
      holder.rollback();
      blocked.get(10, TimeUnit.SECONDS);
      idle.rollback();

      assertThat(state.settings()).containsKeys("work_mem", "random_page_cost", "shared_buffers");
      assertThat(state.maxConnections()).isPositive();
      assertThat(state.sessionsIn(SessionInfo.State.IDLE_IN_TRANSACTION)).isGreaterThanOrEqualTo(2);
      assertThat(state.sessions())
          .filteredOn(s -> s.state() == SessionInfo.State.IDLE_IN_TRANSACTION)
          .allSatisfy(s -> assertThat(s.transactionDuration()).isNotNull());
      LockWait wait = state.lockWaits().get(0);
      assertThat(wait.waitingQuery()).contains("pg_advisory_xact_lock");
      assertThat(wait.blockingSession()).isNotEqualTo(wait.waitingSession());
      assertThat(wait.lockedObject()).isEqualTo("advisory");
      assertThat(wait.waited()).isGreaterThanOrEqualTo(Duration.ZERO);
    }
  }

  private static ServerState waitForLockWait() throws SQLException, InterruptedException {
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
      for (int attempt = 0; attempt < 100; attempt++) {
        ServerState state = session.readServerState();
        if (!state.lockWaits().isEmpty()) {
          return state;
        }
        Thread.sleep(50);
      }
      throw new AssertionError("the blocked session never showed up as waiting");
    }
  }
}
