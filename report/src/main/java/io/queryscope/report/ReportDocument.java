package io.queryscope.report;

import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Report;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;

/**
 * Everything a renderer prints: the ranked report plus what renderers show beside it.
 *
 * @param plans plans by fingerprint (the hex id a finding's {@code query.fingerprint} carries)
 * @param callSites application call sites by fingerprint, from captured events; empty when none
 * @param rules every rule known to this build, for SARIF rule metadata and JUnit passing cases
 * @param topQueries the heaviest fingerprints by total time, heaviest first, for the HTML chart
 */
public record ReportDocument(
    Report report,
    Map<String, Plan> plans,
    Map<String, List<CallSite>> callSites,
    List<RuleInfo> rules,
    List<QueryRef> topQueries) {

  public ReportDocument {
    plans = Map.copyOf(plans);
    callSites = Map.copyOf(callSites);
    rules = List.copyOf(rules);
    topQueries = List.copyOf(topQueries);
  }

  public static ReportDocument of(Report report) {
    return new ReportDocument(report, Map.of(), Map.of(), List.of(), List.of());
  }
}
