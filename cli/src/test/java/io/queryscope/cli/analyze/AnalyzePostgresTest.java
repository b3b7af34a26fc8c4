package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.cli.ShopWorkload;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code analyze --url} against the shop fixture on PostgreSQL, asserting on the JSON contract. */
@PostgresTest
class AnalyzePostgresTest {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.05);

  private static JsonNode report;
  private static Cli.Result run;

  @BeforeAll
  static void analyse() throws Exception {
    ShopWorkload.run(DB.dataSource(), 5);
    run = Cli.run(args("--format", "json", "--top", "10"));
    report = new ObjectMapper().readTree(run.out());
  }

  static String[] args(String... more) {
    List<String> a = new ArrayList<>(List.of("analyze", "--url", DB.jdbcUrl(), "--quiet"));
    if (DB.get().user() != null) {
      a.add("--user");
      a.add(DB.get().user());
    }
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private static List<String> rules() {
    List<String> ids = new ArrayList<>();
    report.path("findings").forEach(f -> ids.add(f.path("rule").asText()));
    return ids;
  }

  @Test
  void findsThePlantedCatalogProblemsWithTheirFixes() {
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(rules()).contains("duplicate-index", "missing-index");
    // The unindexed foreign key order_items.product_id: its own finding, or merged into the
    // missing-index finding that one index on order_items(product_id) also fixes.
    JsonNode fk = null;
    for (JsonNode f : report.path("findings")) {
      boolean merged = false;
      for (JsonNode r : f.path("evidence").path("mergedRules")) {
        merged |= r.asText().equals("missing-fk-index");
      }
      if (f.path("rule").asText().equals("missing-fk-index") || merged) {
        fk = f;
      }
    }
    assertThat(fk).as(run.out()).isNotNull();
    assertThat(fk.path("recommendation").path("ddl").asText())
        .containsIgnoringCase("create index")
        .contains("order_items")
        .contains("product_id");
  }

  @Test
  void findingsAreRankedFromOneWithTheContractFields() {
    assertThat(report.path("findings").size()).isGreaterThanOrEqualTo(2);
    int expected = 1;
    for (JsonNode f : report.path("findings")) {
      assertThat(f.path("priority").asInt()).isEqualTo(expected++);
      assertThat(f.path("severity").asText()).isIn("critical", "high", "medium", "low", "info");
      assertThat(f.has("impact") && f.path("impact").has("estimatedMsSaved")).isTrue();
      assertThat(f.has("recommendation")).isTrue();
    }
    assertThat(report.path("tool").path("name").asText()).isEqualTo("queryscope");
    assertThat(report.path("target").path("dialect").asText()).isEqualTo("postgresql");
    assertThat(report.path("target").path("url").asText()).isEqualTo(DB.jdbcUrl());
    assertThat(report.path("summary").path("statements").asLong()).isPositive();
  }

  @Test
  void literalsAreRedactedUnlessAsked() {
    assertThat(run.out()).doesNotContain("first.last.1@example.com").doesNotContain("'Lyon'");
  }

  @Test
  void failOnTurnsFindingsIntoExitOne() {
    Cli.Result r = Cli.run(args("--format", "json", "--top", "0", "--fail-on", "info"));
    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
  }

  @Test
  void textReportListsFindingsWithFixes() throws Exception {
    Cli.Result r = Cli.run(args("--top", "10"));
    assertThat(r.exit()).as(r.toString()).isZero();
    // Kept for people reading the build: what a user sees.
    Files.createDirectories(Path.of("target", "analyze-postgres"));
    Files.writeString(Path.of("target", "analyze-postgres", "report.txt"), r.out());
    assertThat(r.out()).contains("#1 ").contains("fix ").contains("missing-fk-index");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void writesAnHtmlReportToAFile() throws Exception {
    Path file = Path.of("target", "analyze-postgres", "report.html");
    Cli.Result r = Cli.run(args("--format", "html", "--output", file.toString(), "--top", "5"));
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file))
        .contains("id=\"finding-1\"")
        .contains("<svg class=\"chart\"");
  }
}
