package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.finding.Verification;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrioritizerTest {

  private static final Target PG = new Target(DatabaseKind.POSTGRESQL, ServerVersion.UNKNOWN, null);

  @Test
  void ranksByTimeSavedTimesConfidenceWithVerifiedFixesFirstAndFillsShares() {
    Finding big = plain("slow-query", 1000, 0.9);
    Finding likely = plain("n-plus-one", 800, 0.9);
    Finding verified =
        index("missing-index", "orders", List.of("status"), 100, "aaaa")
            .withImpact(Impact.ofMs(100));
    verified =
        new Finding(
            verified.rule(),
            verified.severity(),
            0.95,
            0,
            verified.title(),
            verified.impact(),
            null,
            Map.of(),
            verified.recommendation().withVerification(new Verification(100, 5, "hypopg")),
            verified.fingerprints());
    AnalysisContext ctx = context(Catalog.EMPTY, 2000);

    List<Finding> ranked = new Prioritizer().rank(List.of(likely, big, verified), ctx).findings();

    assertThat(ranked)
        .extracting(Finding::rule)
        .containsExactly("missing-index", "slow-query", "n-plus-one");
    assertThat(ranked).extracting(Finding::priority).containsExactly(1, 2, 3);
    assertThat(ranked.get(1).impact().share()).isEqualTo(0.5);
  }

  @Test
  void mergesStatementsWantingTheSameIndexAndFoldsPrefixesIntoTheWiderIndex() {
    Finding a = index("missing-index", "orders", List.of("customer_id"), 300, "aaaa");
    Finding b = index("missing-index", "orders", List.of("customer_id", "created_at"), 200, "bbbb");
    Finding c = index("missing-fk-index", "orders", List.of("customer_id"), 0, "cccc");
    Finding other = index("missing-index", "customers", List.of("email"), 50, "dddd");

    List<Finding> ranked =
        new Prioritizer().rank(List.of(a, b, c, other), context(Catalog.EMPTY, 1000)).findings();

    assertThat(ranked).hasSize(2);
    Finding merged = ranked.get(0);
    assertThat(merged.impact().estimatedMsSaved()).isEqualTo(500);
    assertThat(merged.fingerprints()).containsExactlyInAnyOrder("aaaa", "bbbb", "cccc");
    assertThat(merged.recommendation().ddl())
        .isEqualTo(
            "CREATE INDEX idx_orders_customer_id_created_at ON orders (customer_id, created_at)");
    assertThat(merged.recommendation().index().columns())
        .containsExactly("customer_id", "created_at");
    assertThat(merged.evidence().get("mergedRules"))
        .isEqualTo(List.of("missing-index", "missing-fk-index"));
    assertThat(merged.title()).endsWith("; the same index serves 2 other findings");
  }

  @Test
  void dropsAdviceAnExistingIndexCoversAndSaysSo() {
    Catalog catalog =
        new Catalog(
            List.of(new TableInfo("public", "orders", 1000, -1, -1, -1, -1, -1, -1, -1, 0, null)),
            List.of(
                new IndexInfo(
                    "public",
                    "orders",
                    "orders_status_created_at_idx",
                    List.of("status", "created_at"),
                    null,
                    null,
                    false,
                    false,
                    null,
                    true,
                    true,
                    1,
                    0,
                    "btree")),
            List.of(),
            List.of(),
            null);
    Prioritizer.Ranking ranking =
        new Prioritizer()
            .rank(
                List.of(index("missing-index", "orders", List.of("status"), 10, "aaaa")),
                context(catalog, 100));
    assertThat(ranking.findings()).isEmpty();
    assertThat(ranking.notes())
        .singleElement()
        .asString()
        .contains("already leads with those columns");
  }

  @Test
  void findingsWhoseFixIsTheSameStatementBecomeOne() {
    Recommendation drop =
        new Recommendation(
            "Drop it.", "DROP INDEX CONCURRENTLY public.orders_customer_id_idx", null, null, null);
    Finding duplicate =
        new Finding(
            "duplicate-index",
            Severity.LOW,
            0.9,
            0,
            "covered by a wider index",
            Impact.ofMs(0),
            null,
            Map.of(),
            drop,
            List.of());
    Finding unused =
        new Finding(
            "unused-index",
            Severity.INFO,
            0.3,
            0,
            "used 0 times",
            Impact.ofMs(0),
            null,
            Map.of(),
            drop,
            List.of());
    List<Finding> ranked =
        new Prioritizer().rank(List.of(unused, duplicate), context(Catalog.EMPTY, 10)).findings();
    assertThat(ranked)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("duplicate-index");
              assertThat(f.confidence()).isEqualTo(0.9);
              assertThat(f.evidence().get("alsoReportedBy"))
                  .isEqualTo(List.of("unused-index: used 0 times"));
            });
  }

  private static AnalysisContext context(Catalog catalog, double totalMs) {
    StatementStats stats =
        new StatementStats(
            1,
            "select 1",
            null,
            null,
            null,
            WorkloadSource.PROXY,
            1,
            totalMs,
            totalMs,
            totalMs,
            1,
            -1,
            Map.of());
    return new AnalysisContext(
        PG, new Workload(List.of(stats), null, List.of()), null, catalog, null, null, null);
  }

  private static Finding plain(String rule, double ms, double confidence) {
    return new Finding(
        rule,
        Severity.MEDIUM,
        confidence,
        0,
        rule,
        Impact.ofMs(ms),
        null,
        Map.of(),
        Recommendation.text("fix it"),
        List.of());
  }

  private static Finding index(
      String rule, String table, List<String> columns, double ms, String fingerprint) {
    CandidateIndex index = new CandidateIndex(null, table, columns, List.of(), null, false);
    return new Finding(
        rule,
        Severity.HIGH,
        0.8,
        0,
        rule + " on " + table,
        Impact.ofMs(ms),
        null,
        Map.of(),
        new Recommendation("index it.", "CREATE INDEX …", null, index, null),
        List.of(fingerprint));
  }
}
