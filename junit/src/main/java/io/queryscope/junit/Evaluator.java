package io.queryscope.junit;

import io.queryscope.analysis.Analysis;
import io.queryscope.analysis.AnalysisInput;
import io.queryscope.analysis.AnalysisProgress;
import io.queryscope.analysis.AnalysisRequest;
import io.queryscope.core.QueryScope;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.core.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the rules on what a scope captured, with plans when asked, and applies allowances. */
final class Evaluator {

  private Evaluator() {}

  static Evaluation evaluate(
      QueryScope scope, boolean explain, Allowances allowances, RuleSettings settings) {
    CapturedEvents events = scope.events();
    Workload workload = scope.workload();
    ScopeEvidence.Explained explained =
        explain
            ? ScopeEvidence.of(scope).explain(scope, events.statements())
            : ScopeEvidence.Explained.NONE;
    AnalysisInput input =
        AnalysisInput.given(
            explained.target(), workload, events, explained.plans(), explained.catalog(), null);
    Report report =
        new Analysis(AnalysisRequest.rulesOnly(settings), AnalysisProgress.SILENT)
            .run(input)
            .report();
    List<Finding> open = new ArrayList<>();
    List<Evaluation.AllowedFinding> allowed = new ArrayList<>();
    for (Finding f : report.findings()) {
      Optional<Allowances.Allowance> allowance = allowances.find(f);
      if (allowance.isPresent()) {
        allowed.add(new Evaluation.AllowedFinding(f, allowance.get().reason()));
      } else {
        open.add(f);
      }
    }
    List<String> notes = new ArrayList<>(explained.notes());
    for (Allowances.Allowance a : allowances.all()) {
      if (allowed.stream().noneMatch(x -> a.matches(x.finding()))) {
        notes.add(
            "@AllowFinding(rule = \""
                + a.rule()
                + "\""
                + (a.fingerprint().isEmpty() ? "" : ", fingerprint = \"" + a.fingerprint() + "\"")
                + ") matched no finding; remove it if the code was fixed");
      }
    }
    return new Evaluation(
        events, workload, explained.plans(), explained.catalog(), open, allowed, notes);
  }
}
