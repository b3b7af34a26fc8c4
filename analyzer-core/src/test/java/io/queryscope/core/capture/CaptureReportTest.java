package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.workload.Workload;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Without the rules module's analyzer, bare rules run here and are ranked by time saved. */
class CaptureReportTest {

  @Test
  void findingsAreRankedByEstimatedTimeSavedAndRulesWithoutEvidenceSaySo() {
    CapturedEvents events =
        new CapturedEvents(
            List.of(
                new StatementEvent(
                    1,
                    0,
                    "select 1",
                    7,
                    List.of(),
                    StatementKind.QUERY,
                    1,
                    1000,
                    0,
                    1,
                    -1,
                    0,
                    null,
                    null,
                    1,
                    0,
                    "main",
                    null,
                    null)),
            List.of(),
            List.of(),
            List.of(),
            0);
    AnalysisContext context =
        new AnalysisContext(null, Workload.EMPTY, Map.of(), null, null, events, null);
    Rule small = rule("small", Set.of(Evidence.CAPTURED_STATEMENTS), 5);
    Rule big = rule("big", Set.of(Evidence.CAPTURED_STATEMENTS), 50);
    Rule needsPlans = rule("needs-plans", Set.of(Evidence.PLANS), 500);
    Rule broken =
        new Rule() {
          @Override
          public RuleInfo info() {
            return CaptureReportTest.info("broken", Set.of());
          }

          @Override
          public List<Finding> evaluate(AnalysisContext c) {
            throw new IllegalStateException("bug in rule");
          }
        };

    Report report = CaptureReport.withRules(context, List.of(small, big, needsPlans, broken), 1);

    assertThat(report.findings()).extracting(Finding::rule).containsExactly("big", "small");
    assertThat(report.findings()).extracting(Finding::priority).containsExactly(1, 2);
    assertThat(report.notes())
        .anySatisfy(n -> assertThat(n).startsWith("needs-plans did not run: it needs plans"))
        .anySatisfy(n -> assertThat(n).contains("broken failed and was skipped"));
    assertThat(report.summary().findings()).isEqualTo(2);
  }

  private static Rule rule(String id, Set<Evidence> needs, double msSaved) {
    return new Rule() {
      @Override
      public RuleInfo info() {
        return CaptureReportTest.info(id, needs);
      }

      @Override
      public List<Finding> evaluate(AnalysisContext context) {
        return List.of(
            new Finding(
                id,
                Severity.MEDIUM,
                0.5,
                0,
                id,
                Impact.ofMs(msSaved),
                null,
                Map.of(),
                null,
                List.of()));
      }
    };
  }

  private static RuleInfo info(String id, Set<Evidence> needs) {
    return new RuleInfo(id, id, id, Severity.MEDIUM, needs, Map.of(), List.of(), "0.1");
  }
}
