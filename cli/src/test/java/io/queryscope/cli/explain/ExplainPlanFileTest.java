package io.queryscope.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import org.junit.jupiter.api.Test;

/** {@code explain --plan}: saved plans read with no database, and bad files refused in one line. */
class ExplainPlanFileTest {

  private static final String RECORDED = "plans/saved/pg15-hash-join-analyzed.json";

  @Test
  void drawsTheAnnotatedTreeOfARecordedPostgresPlan() {
    Cli.Result r = Cli.run("explain", "--plan", Cli.resource(RECORDED).toString(), "--no-color");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Plan  postgresql, executed, shares are of time");
    assertThat(r.out()).contains("Limit  rows 10 → 10 actual");
    assertThat(r.out()).contains("└─ ").contains("Merge Join (Inner)");
    assertThat(r.out()).contains("of time").contains("◀ dominant");
    assertThat(r.out()).contains("Sort: (count(*)) DESC").doesNotContain("\u001b[");
  }

  @Test
  void detectsTheDialectAndGivesThePlanTreeInJson() throws Exception {
    Cli.Result r =
        Cli.run("explain", "--plan", Cli.resource(RECORDED).toString(), "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    JsonNode plan = json.path("plans").elements().next();
    assertThat(plan.path("analyzed").asBoolean()).isTrue();
    assertThat(plan.path("root").path("label").asText()).isEqualTo("Limit");
    assertThat(json.path("findings").isArray()).isTrue();
  }

  @Test
  void readsAMariaDbPlanDetectingTheDialect() {
    // Recorded from MariaDB 10.11 (EXPLAIN FORMAT=JSON on information_schema).
    Cli.Result r =
        Cli.run(
            "explain",
            "--plan",
            Cli.resource("plans/malformed/mariadb-information-schema.json").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).containsPattern("Plan  (mariadb|mysql), estimated").contains("tables");
  }

  @Test
  void textToAFileKeepsTheTree() throws Exception {
    java.nio.file.Path file = java.nio.file.Path.of("target", "explain", "plan.txt");
    Cli.Result r =
        Cli.run("explain", "--plan", Cli.resource(RECORDED).toString(), "-o", file.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("text report written to");
    assertThat(java.nio.file.Files.readString(file)).contains("◀ dominant").contains("Limit");
  }

  @Test
  void unknownNodesAndKeysAreShownNotFatal() {
    Cli.Result r =
        Cli.run(
            "explain",
            "--plan",
            Cli.resource("plans/malformed/pg-future-unknown-node.json").toString(),
            "--dialect",
            "postgresql");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Quantum Function Scan");
  }

  @Test
  void malformedJsonExitsTwoWithOneLine() {
    Cli.Result r =
        Cli.run("explain", "--plan", Cli.resource("plans/malformed/truncated.json").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("truncated.json").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void jsonThatIsNoPlanExitsTwoAndSaysHowToSaveOne() {
    Cli.Result r =
        Cli.run("explain", "--plan", Cli.resource("plans/malformed/not-a-plan.json").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("not a PostgreSQL or MySQL/MariaDB plan").contains("FORMAT JSON");
  }

  @Test
  void missingFileExitsTwoNamingIt() {
    Cli.Result r = Cli.run("explain", "--plan", "/nonexistent/plan.json");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("queryscope: --plan /nonexistent/plan.json: no such file; check the path");
  }

  @Test
  void aStatementWithoutUrlIsAUsageError() {
    Cli.Result r = Cli.run("explain", "select 1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("needs --url");
  }
}
