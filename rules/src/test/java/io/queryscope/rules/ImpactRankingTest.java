package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.rules.application.NPlusOneRule;
import io.queryscope.rules.execution.UnboundedResultRule;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Server statistics and a capture in one analysis: each figure per hour of its own evidence, so a
 * short capture's loop is not ranked by its raw milliseconds against the server's hourly ones.
 */
class ImpactRankingTest {

  @Test
  void anNPlusOneFromAShortCaptureOutranksASmallerHourlyServerSaving() {
    AnalysisContext context = mixed();

    Report report =
        new RuleEngine(List.of(new NPlusOneRule(), new UnboundedResultRule())).analyze(context);

    // The capture's 14.4 ms over 5 minutes; the server's 2,400 ms of reads over 10 hours.
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactly("n-plus-one", "unbounded-result");
    assertThat(report.findings().get(0).impact().estimatedMsSaved())
        .isCloseTo(14.4 * 12, Offset.offset(0.01));
    assertThat(report.findings().get(1).impact().estimatedMsSaved())
        .isCloseTo(2400 / 10.0 * (1 - 1000 / 300_000.0) * 0.5, Offset.offset(0.05));
    assertThat(report.notes())
        .contains(
            "impact figures are ms per hour (server statistics over 10.0 h, capture over 5 min)");
  }

  private static AnalysisContext mixed() {
    FixtureSpec.Case c =
        RuleFixtureTest.load("n-plus-one").cases().stream()
            .filter(x -> x.name().contains("5-minute capture beside 10 hours"))
            .findFirst()
            .orElseThrow();
    return FixtureContexts.of("n-plus-one", c);
  }
}
