package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.plan.Operation;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MySqlTest
class MySqlWhatIfTest {

  private static Connection connection;
  private static MySqlSession session;
  private static boolean mariaDb;

  @BeforeAll
  static void open(TestDatabase db) throws Exception {
    MySqlTestSchema.load(db);
    mariaDb = db.serverVersion().toLowerCase().contains("mariadb");
    connection = db.connection();
    if (mariaDb) {
      // Engine-independent statistics give distinct values for columns no index leads.
      try (Statement st = connection.createStatement()) {
        st.execute("analyze table orders persistent for all");
      }
    }
    session = MySqlSession.open(connection, SessionOptions.DEFAULTS);
  }

  @AfterAll
  static void close() throws Exception {
    session.close();
    connection.close();
  }

  @Test
  void aCandidateOnAFilteredColumnIsEstimatedAndSaysSo() {
    assumeTrue(mariaDb, "distinct values of unindexed columns come from MariaDB's column_stats");
    String sql = "select * from orders where status = 'failed'";
    WhatIfResult r =
        session.whatIf(
            sql, CandidateIndex.on("orders", List.of("status")), WhatIfMode.HYPOTHETICAL);
    assertThat(r.method()).isEqualTo("estimate");
    assertThat(r.note()).startsWith("estimated, not verified");
    assertThat(r.indexUsed()).isTrue();
    assertThat(r.before().nodes().anyMatch(n -> n.operation() == Operation.FULL_SCAN)).isTrue();
    var lookup =
        r.after()
            .nodes()
            .filter(n -> "idx_orders_status".equals(n.index()))
            .findFirst()
            .orElseThrow();
    assertThat(lookup.operation()).isEqualTo(Operation.INDEX_SCAN);
    assertThat(lookup.details()).containsEntry("estimated", "true");
    // 3 statuses over 20,000 rows: about a third is read instead of all.
    assertThat(lookup.estimates().rowsExamined()).isBetween(5_000.0, 8_000.0);
    assertThat(MySqlPlanReads.of(r.after())).isLessThan(MySqlPlanReads.of(r.before()));
  }

  @Test
  void aCandidateTheStatementCannotUseIsSaidPlainly() {
    WhatIfResult r =
        session.whatIf(
            "select * from orders where total > 50",
            CandidateIndex.on("orders", List.of("note")),
            WhatIfMode.HYPOTHETICAL);
    assertThat(r.after()).isNull();
    assertThat(r.indexUsed()).isFalse();
    assertThat(r.note()).contains("estimated, not verified").contains("note");
  }

  @Test
  void aColumnInsideAFunctionCannotUseThePlainIndex() {
    WhatIfResult r =
        session.whatIf(
            "select * from customers where lower(email) = 'c7@example.com'",
            CandidateIndex.on("customers", List.of("email")),
            WhatIfMode.HYPOTHETICAL);
    assertThat(r.after()).isNull();
    assertThat(r.note()).contains("no equality or range predicate on email");
  }

  @Test
  void transactionalWhatIfIsRefusedBecauseDdlCommits() {
    assertThatThrownBy(
            () ->
                session.whatIf(
                    "select * from orders where status = 'x'",
                    CandidateIndex.on("orders", List.of("status")),
                    WhatIfMode.TRANSACTIONAL))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("commits implicitly")
        .satisfies(e -> assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.USAGE));
  }

  @Test
  void withoutIndexShowsWhichStatementsGetWorse() {
    String usesIt = "select * from orders where created_at < '2024-01-01 03:00:00'";
    String ignoresIt = "select count(*) from orders where status = 'paid'";
    String otherTable = "select * from customers where id = 3";
    IndexRemovalImpact impact =
        session.withoutIndex(
            "orders", "idx_orders_created", List.of(usesIt, ignoresIt, otherTable));
    assertThat(impact.statements()).hasSize(2);
    assertThat(impact.worse())
        .singleElement()
        .extracting(IndexRemovalImpact.StatementImpact::sql)
        .isEqualTo(usesIt);
    var worse = impact.worse().get(0);
    assertThat(worse.usedIndex()).isTrue();
    assertThat(worse.readsAfter()).isGreaterThan(worse.readsBefore() * 10);
    assertThat(worse.after().nodes().anyMatch(n -> n.operation() == Operation.FULL_SCAN)).isTrue();
    assertThat(impact.statements().get(1).usedIndex()).isFalse();
    assertThat(impact.notes()).singleElement().asString().contains("does not read orders");
    assertThat(impact.safeToDrop()).isFalse();
    assertThat(session.withoutIndex("orders", "idx_orders_note", List.of(ignoresIt)).safeToDrop())
        .isTrue();
  }

  @Test
  void theHintGoesAfterTheAliasAndNeverOnAnotherTable() {
    assertThat(
            MySqlIndexHint.ignore(
                "select * from orders o join customers c on c.id = o.customer_id where o.x = 1",
                "orders",
                "i"))
        .isEqualTo(
            "select * from orders o IGNORE INDEX (i) join customers c on c.id = o.customer_id where o.x = 1");
    assertThat(MySqlIndexHint.ignore("select * from `orders` where x = 1", "orders", "i"))
        .isEqualTo("select * from `orders` IGNORE INDEX (i) where x = 1");
    // The hint's index name goes through the one quoting function (issue 18): quoted when needed.
    assertThat(MySqlIndexHint.ignore("select * from orders where x = 1", "orders", "Idx`1"))
        .isEqualTo("select * from orders IGNORE INDEX (`Idx``1`) where x = 1");
    assertThat(MySqlIndexHint.ignore("select * from orders_archive where x = 1", "orders", "i"))
        .isNull();
  }
}
