package io.queryscope.junit;

import static io.queryscope.junit.QueryScopeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.QueryScope;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The same assertions on MySQL/MariaDB: the dialect is found through ServiceLoader from the
 * connection, plans come from its EXPLAIN FORMAT=JSON, and an {@code ALL} access is a full scan.
 */
@MySqlTest
class MySqlFamilyExtensionTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.mysql().withShop(0.02);

  static HikariDataSource pool;

  @BeforeAll
  static void startPool() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.get().user());
    config.setPassword(db.get().password());
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
  }

  @AfterAll
  static void stopPool() {
    pool.close();
  }

  @Test
  void nPlusOneAndFullScanAreFoundWithTheirCallSites() throws SQLException {
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(pool);

      ShopQueries.itemCountsOneByOne(ds, 10);
      assertThatThrownBy(() -> assertThat(scope).hasNoNPlusOne())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("n-plus-one (high)")
          .hasMessageMatching(
              "(?s).*10× at io\\.queryscope\\.junit\\.ShopQueries\\.itemsOf\\(ShopQueries\\.java:\\d+\\).*");

      scope.reset();
      ShopQueries.customerNameByEmail(ds, "nobody@example.com");
      assertThatThrownBy(() -> assertThat(scope).hasNoFullScansOnTablesLargerThan(100))
          .isInstanceOf(AssertionError.class)
          .hasMessageMatching("(?s).*customers \\(about \\d+ rows\\) read in full by .*")
          .hasMessageContaining("ShopQueries.customerNameByEmail(ShopQueries.java:");

      scope.reset();
      assertThat(ShopQueries.customerNameById(ds, 1)).isNotNull();
      assertThat(scope).hasNoFullScansOnTablesLargerThan(100).hasStatementCount(1);
    }
  }
}
