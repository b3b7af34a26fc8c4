package io.queryscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Usage errors, rules listing and exit codes that need no database. */
class CommandLineBasicsTest {

  @Test
  void rulesListsEveryRuleWithSeverityAndSummary() {
    Cli.Result r = Cli.run("rules");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("ID").contains("SEVERITY");
    assertThat(r.out()).contains("missing-fk-index").contains("duplicate-index");
    // Every rule id DESIGN.md names, plan-regression (a check of `plans check`) included.
    assertThat(r.out())
        .contains(
            "n-plus-one",
            "repeated-query",
            "unbatched-writes",
            "missing-index",
            "unused-index",
            "row-misestimate",
            "sort-spill",
            "hash-spill",
            "non-sargable-predicate",
            "unbounded-result",
            "deep-offset",
            "slow-query",
            "pool-exhaustion",
            "connection-leak",
            "long-transaction",
            "plan-regression");
  }

  @Test
  void planRegressionHasItsPageLikeEveryRule() {
    Cli.Result r = Cli.run("rules", "plan-regression");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("# plan-regression").contains("queryscope plans check");
  }

  @Test
  void rulesIdPrintsThePage() {
    Cli.Result r = Cli.run("rules", "duplicate-index");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("duplicate-index");
  }

  @Test
  void unknownRuleExitsTwoListingTheIds() {
    Cli.Result r = Cli.run("rules", "no-such-rule");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown rule 'no-such-rule'").contains("missing-fk-index");
  }

  @Test
  void analyzeWithoutAnySourceIsAUsageError() {
    Cli.Result r = Cli.run("analyze");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("nothing to analyse");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(Cli.run("analyze", "--url", "jdbc:postgresql://x/y", "--format", "pdf").exit())
        .isEqualTo(2);
    Cli.Result r = Cli.run("analyze", "--url", "jdbc:postgresql://x/y", "--fail-on", "urgent");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown severity 'urgent'").contains("queryscope analyze --help");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void garbageUrlExitsThreeShowingTheAcceptedForms() {
    Cli.Result r = Cli.run("analyze", "--url", "not-a-url");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("not a supported JDBC URL").contains("jdbc:postgresql://");
  }

  @Test
  void unknownDriverUrlExitsThreeWithoutPassword() {
    Cli.Result r =
        Cli.run("analyze", "--url", "jdbc:oracle:thin:scott/tiger@//db:1521/x?password=hunter2");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("'jdbc:oracle:…' is not a supported JDBC URL")
        .doesNotContain("hunter2")
        .doesNotContain("tiger");
  }

  @Test
  void missingPasswordFileIsAUsageError() {
    Cli.Result r =
        Cli.run("analyze", "--url", "jdbc:postgresql://x/y", "--password-file", "/nonexistent/pw");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--password-file /nonexistent/pw");
  }
}
