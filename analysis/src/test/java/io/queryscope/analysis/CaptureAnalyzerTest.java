package io.queryscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Analyzer;
import io.queryscope.core.workload.Workload;
import io.queryscope.rules.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CaptureAnalyzerTest {

  // Moved from rules' RuleEngineTest: the pipeline, not the bare engine, is core's Analyzer now.
  @Test
  void isTheAnalyzerServiceLoaderFinds() {
    assertThat(ServiceLoader.load(Analyzer.class).findFirst())
        .get()
        .isInstanceOf(CaptureAnalyzer.class);
  }

  @Test
  void reportsWhatTheRuleEngineReportsOnTheSameCapture() {
    AnalysisContext context =
        new AnalysisContext(null, Workload.EMPTY, Map.of(), null, null, capture(40), null);

    Report viaPipeline = new CaptureAnalyzer().analyze(context);
    Report direct = new RuleEngine().analyze(context);

    assertThat(viaPipeline.findings()).isNotEmpty().isEqualTo(direct.findings());
    assertThat(viaPipeline.notes()).isEqualTo(direct.notes());
    assertThat(viaPipeline.summary()).isEqualTo(direct.summary());
  }

  /** One lookup per row of an outer list, on one connection: the shape of an N+1. */
  private static CapturedEvents capture(int n) {
    List<StatementEvent> list = new ArrayList<>();
    String sql = "select * from pipe_products where id = ?";
    for (int i = 1; i <= n; i++) {
      list.add(Statements.run(i, sql, 1, List.of(Integer.toString(i)), "GET /pipe"));
    }
    return new CapturedEvents(list, List.of(), List.of(), List.of(), 0);
  }
}
