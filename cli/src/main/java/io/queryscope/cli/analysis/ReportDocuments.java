package io.queryscope.cli.analysis;

import io.queryscope.analysis.AnalysisResult;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Report;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.report.ReportDocument;
import io.queryscope.rules.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an analysis into what renderers print, redacting literals unless asked not to. */
public final class ReportDocuments {

  private static final int CALL_SITES_PER_QUERY = 3;
  private static final int TOP_QUERIES = 10;

  private ReportDocuments() {}

  public static ReportDocument of(AnalysisResult result, boolean showLiterals) {
    Report report = showLiterals ? result.report() : LiteralRedaction.report(result.report());
    Map<String, Plan> plans = new LinkedHashMap<>();
    result
        .plans()
        .forEach(
            (id, plan) -> plans.put(hex(id), showLiterals ? plan : LiteralRedaction.plan(plan)));
    return new ReportDocument(
        report,
        plans,
        callSites(result),
        Rules.all().stream().map(Rule::info).toList(),
        topQueries(result, showLiterals));
  }

  public static String hex(long fingerprintId) {
    return FingerprintId.hex(fingerprintId);
  }

  private static Map<String, List<CallSite>> callSites(AnalysisResult result) {
    Map<String, List<CallSite>> out = new LinkedHashMap<>();
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    for (StatementEvent e : result.events().statements()) {
      if (e.callSite() == null) {
        continue;
      }
      String fp = hex(e.fingerprintId());
      List<CallSite> sites = out.computeIfAbsent(fp, k -> new ArrayList<>());
      if (sites.size() < CALL_SITES_PER_QUERY
          && seen.computeIfAbsent(fp, k -> new HashSet<>()).add(e.callSite().toString())) {
        sites.add(e.callSite());
      }
    }
    return out;
  }

  private static List<QueryRef> topQueries(AnalysisResult result, boolean showLiterals) {
    Map<Long, QueryRef> byId = new LinkedHashMap<>();
    for (StatementStats s : result.workload().top(TOP_QUERIES * 3)) {
      String sql =
          showLiterals && s.sampleSql() != null
              ? s.sampleSql()
              : s.normalizedSql() != null ? s.normalizedSql() : LiteralRedaction.sql(s.sampleSql());
      byId.putIfAbsent(
          s.fingerprintId(),
          new QueryRef(hex(s.fingerprintId()), sql, s.calls(), s.totalMs(), s.source()));
    }
    return byId.values().stream().limit(TOP_QUERIES).toList();
  }
}
