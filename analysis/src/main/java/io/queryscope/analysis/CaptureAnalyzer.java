package io.queryscope.analysis;

import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Analyzer;

/**
 * Core's {@link Analyzer}, found by ServiceLoader, so {@code QueryScope.report()} runs the same
 * pipeline as every command while core knows nothing of rules.
 */
public final class CaptureAnalyzer implements Analyzer {

  @Override
  public Report analyze(AnalysisContext context) {
    AnalysisInput input =
        AnalysisInput.given(
            context.target(),
            context.workload(),
            context.events(),
            context.plans(),
            context.catalog(),
            context.serverState());
    return new Analysis(AnalysisRequest.rulesOnly(context.settings()), AnalysisProgress.SILENT)
        .run(input)
        .report();
  }
}
