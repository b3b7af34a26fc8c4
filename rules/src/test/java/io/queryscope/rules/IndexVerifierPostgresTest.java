package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What-if verification against a real PostgreSQL: used candidates verified, ignored ones dropped.
 */
@PostgresTest
class IndexVerifierPostgresTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.2);

  private static final String PENDING =
      "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
          + " and created_at < '2024-07-01'";

  @Test
  void verifiesAUsedCandidateAndDropsOneThePlannerIgnores() throws Exception {
    Finding useful = candidate("orders", List.of("status", "created_at"));
    Finding useless = candidate("orders", List.of("total"));
    Finding noIndex =
        new Finding(
            "slow-query",
            Severity.MEDIUM,
            0.9,
            0,
            "slow",
            Impact.ofMs(1),
            null,
            Map.of(),
            Recommendation.text("look at it"),
            List.of());
    try (Connection c = db.connection();
        DialectSession session =
            Dialects.forConnection(c)
                .open(c, new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), true))) {
      IndexVerifier.Outcome outcome =
          new IndexVerifier(session, WhatIfMode.TRANSACTIONAL)
              .verify(
                  List.of(useful, useless, noIndex),
                  new AnalysisContext(null, null, null, null, null, null, null));

      assertThat(outcome.findings()).hasSize(2);
      Finding verified = outcome.findings().get(0);
      assertThat(verified.recommendation().verified()).isNotNull();
      assertThat(verified.recommendation().verified().costAfter())
          .isLessThan(verified.recommendation().verified().costBefore());
      assertThat(verified.confidence()).isGreaterThanOrEqualTo(0.95);
      assertThat(verified.impact().estimatedMsSaved())
          .isEqualTo(100 * verified.recommendation().verified().improvement());
      assertThat(verified.evidence().get("expectedPlan").toString())
          .contains("idx_orders_status_created_at");
      assertThat(outcome.findings().get(1)).isSameAs(noIndex);
      assertThat(outcome.notes())
          .singleElement()
          .asString()
          .contains(
              "dropped missing-index candidate idx_orders_total", "the planner did not use it");
    }
  }

  @Test
  void withoutASessionOrWithWhatIfOffNothingChanges() {
    List<Finding> findings = List.of(candidate("orders", List.of("status")));
    AnalysisContext ctx = new AnalysisContext(null, null, null, null, null, null, null);
    assertThat(new IndexVerifier(null, WhatIfMode.HYPOTHETICAL).verify(findings, ctx).findings())
        .isEqualTo(findings);
  }

  private static Finding candidate(String table, List<String> columns) {
    CandidateIndex index = CandidateIndex.on(table, columns);
    return new Finding(
        "missing-index",
        Severity.HIGH,
        0.7,
        0,
        table + " needs " + columns,
        Impact.ofMs(10),
        new QueryRef("00000000000000aa", PENDING, 10, 100),
        Map.of("sampleSql", PENDING),
        new Recommendation("index it", "CREATE INDEX …", null, index, null),
        List.of("00000000000000aa"));
  }
}
