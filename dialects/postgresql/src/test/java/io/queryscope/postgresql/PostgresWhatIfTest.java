package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.plan.Operation;
import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.fixtures.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PostgresWhatIfTest {

  private static final String LOOKUP = "select * from customers where email = 'a.b.7@example.com'";
  private static final CandidateIndex EMAIL = CandidateIndex.on("customers", List.of("email"));
  private static final SessionOptions TRANSACTIONAL_ALLOWED =
      new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), true);

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.05);

  @Test
  void transactionalWhatIfBuildsTheIndexAndRollsItBack() throws SQLException {
    WhatIfResult result;
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, TRANSACTIONAL_ALLOWED)) {
      result = session.whatIf(LOOKUP, EMAIL, WhatIfMode.TRANSACTIONAL);
      assertThat(c.getAutoCommit()).isTrue();
    }
    if (result.method().equals("hypopg")) {
      return; // this database has HypoPG; the hypothetical test covers it
    }
    assertThat(result.method()).isEqualTo("transactional");
    assertThat(result.before().root().operation()).isEqualTo(Operation.FULL_SCAN);
    assertThat(result.indexUsed()).isTrue();
    assertThat(result.costAfter()).isLessThan(result.costBefore());
    assertThat(result.note()).contains("rolled back");
    assertThat(indexCount("customers")).isEqualTo(1); // only customers_last_name_idx and the pk
  }

  @Test
  void transactionalWhatIfNeedsTheCallersConsent() throws SQLException {
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
      WhatIfResult result = session.whatIf(LOOKUP, EMAIL, WhatIfMode.TRANSACTIONAL);
      assertThat(result.after()).isNull();
      assertThat(result.costAfter()).isNaN();
      assertThat(result.note()).contains("not allowed").contains("CREATE EXTENSION hypopg");
    }
  }

  @Test
  void hypotheticalWhatIfWithHypoPg() throws SQLException {
    try (TestDatabase hypo = TestDatabases.postgres()) {
      try (Connection c = hypo.connection();
          Statement st = c.createStatement()) {
        st.execute("create extension hypopg");
      } catch (SQLException e) {
        assumeTrue(
            false,
            "HypoPG is not installed on "
                + hypo.serverDescription()
                + " ("
                + e.getMessage().lines().findFirst().orElse("")
                + "); install postgresql-<version>-hypopg and run with QUERYSCOPE_PG_URL");
      }
      ShopData.create(hypo, 0.05);
      try (Connection c = hypo.connection();
          DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
        WhatIfResult result = session.whatIf(LOOKUP, EMAIL, WhatIfMode.HYPOTHETICAL);
        assertThat(result.method()).isEqualTo("hypopg");
        assertThat(result.indexUsed()).isTrue();
        assertThat(result.costAfter()).isLessThan(result.costBefore());
        assertThat(session.explain(LOOKUP, null).root().operation())
            .as("the hypothetical index is gone afterwards")
            .isEqualTo(Operation.FULL_SCAN);
      }
    }
  }

  private static long indexCount(String table) throws SQLException {
    try (Connection c = db.connection()) {
      return PostgresWorkloadTest.count(
          c,
          "select count(*) from pg_indexes where tablename = '"
              + table
              + "' and indexname not like '%pkey'");
    }
  }
}
