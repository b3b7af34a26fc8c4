package io.queryscope.rules;

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
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  @Test
  void rulesWithoutTheirEvidenceStayQuietAndTheNotesSayWhatWouldEnableThem() {
    Report report = new RuleEngine().analyze(contextWith(events(3)));
    assertThat(report.notes())
        .anyMatch(
            n ->
                n.contains("missing-index")
                    && n.contains("did not run")
                    && n.contains(Evidence.PLANS.describe()))
        .anyMatch(n -> n.contains("pool-exhaustion") && n.contains(Evidence.POOL.describe()));
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule broken =
        rule(
            "broken-rule",
            ctx -> {
              throw new IllegalStateException("boom");
            });
    Rule fine = rule("fine-rule", ctx -> List.of(finding("fine-rule", 10)));
    Report report = new RuleEngine(List.of(broken, fine)).analyze(contextWith(events(1)));
    assertThat(report.findings()).extracting(Finding::rule).containsExactly("fine-rule");
    assertThat(report.notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "rule broken-rule failed and was skipped (IllegalStateException: boom)"));
  }

  @Test
  void disabledRulesDoNotRun() {
    Rule fine = rule("fine-rule", ctx -> List.of(finding("fine-rule", 10)));
    AnalysisContext ctx =
        new AnalysisContext(
            null,
            null,
            null,
            null,
            null,
            events(1),
            new RuleSettings(Map.of(), Map.of(), Set.of("fine-rule")));
    assertThat(new RuleEngine(List.of(fine)).analyze(ctx).findings()).isEmpty();
  }

  @Test
  void summaryCountsCallsAndShapesAndCarriesWorkloadNotes() {
    List<StatementEvent> statements = new ArrayList<>(events(4).statements());
    statements.add(event(99, "select * from orders where id = ?"));
    AnalysisContext ctx =
        new AnalysisContext(
            null,
            new Workload(List.of(), null, List.of("pg_stat_statements is not loaded: add it")),
            null,
            null,
            null,
            new CapturedEvents(statements, List.of(), List.of(), List.of(), 0),
            null);
    Report report = new RuleEngine(List.of()).analyze(ctx);
    assertThat(report.summary()).isEqualTo(new Report.Summary(5, 2, 0));
    assertThat(report.notes()).contains("pg_stat_statements is not loaded: add it");
    assertThat(report.tool().name()).isEqualTo("queryscope");
  }

  private static AnalysisContext contextWith(CapturedEvents events) {
    return new AnalysisContext(null, null, null, null, null, events, null);
  }

  static CapturedEvents events(int n) {
    List<StatementEvent> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(event(i, "select * from products where id = ?"));
    }
    return new CapturedEvents(list, List.of(), List.of(), List.of(), 0);
  }

  private static StatementEvent event(long seq, String sql) {
    return new StatementEvent(
        seq,
        1_000_000 + seq * 1000,
        sql,
        Fingerprinter.fingerprint(sql).id(),
        List.of(Long.toString(seq)),
        StatementKind.QUERY,
        1,
        1_000_000,
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
        null);
  }

  static Finding finding(String rule, double ms) {
    return new Finding(
        rule,
        Severity.MEDIUM,
        0.5,
        0,
        rule + " finding",
        Impact.ofMs(ms),
        null,
        Map.of(),
        null,
        List.of());
  }

  private static Rule rule(
      String id, java.util.function.Function<AnalysisContext, List<Finding>> body) {
    RuleInfo info =
        new RuleInfo(id, id, id, Severity.MEDIUM, Set.of(), Map.of(), List.of(), "test");
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public List<Finding> evaluate(AnalysisContext context) {
        return body.apply(context);
      }
    };
  }
}
