package io.queryscope.cli.analysis;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Report;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.sql.Fingerprinter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes literal values from what a report shows, unless the user asked for them: SQL becomes its
 * fingerprint's normalized text, plan conditions have their values replaced by {@code ?}, and
 * sample statements and binds in evidence are dropped.
 */
final class LiteralRedaction {

  private static final Set<String> SAMPLE_KEYS = Set.of("sampleSql", "sampleBinds", "binds");

  /** Evidence keys whose values are SQL text or plan conditions, shown without their values. */
  private static final Set<String> SQL_KEYS =
      Set.of("sql", "filter", "indexCondition", "joinCondition", "condition", "predicate");

  private LiteralRedaction() {}

  static Report report(Report report) {
    List<Finding> findings = report.findings().stream().map(LiteralRedaction::finding).toList();
    return new Report(report.tool(), report.target(), report.summary(), findings, report.notes());
  }

  private static Finding finding(Finding f) {
    QueryRef q = f.query();
    QueryRef query =
        q == null
            ? null
            : new QueryRef(q.fingerprint(), sql(q.sql()), q.calls(), q.totalMs(), q.source());
    Map<String, Object> evidence = new LinkedHashMap<>();
    f.evidence()
        .forEach(
            (k, v) -> {
              if (SAMPLE_KEYS.contains(k)) {
                evidence.put(k, "(redacted; use --show-literals)");
              } else if (SQL_KEYS.contains(k) && v instanceof String text) {
                evidence.put(k, condition(text));
              } else {
                evidence.put(k, v);
              }
            });
    return new Finding(
        f.rule(),
        f.severity(),
        f.confidence(),
        f.priority(),
        f.title(),
        f.impact(),
        query,
        evidence,
        f.recommendation(),
        f.fingerprints());
  }

  static Plan plan(Plan p) {
    return new Plan(
        p.dialect(),
        sql(p.sql()),
        p.source(),
        node(p.root()),
        p.analyzed(),
        p.planningTimeMs(),
        p.executionTimeMs(),
        p.warnings(),
        // The server's raw output repeats the literals; renderers do not show it redacted.
        null);
  }

  private static PlanNode node(PlanNode n) {
    PlanNode.Builder b = n.toBuilder();
    // Details are the server's own keys; those quoting a value (attached_condition …) get masked.
    n.details().forEach((k, v) -> b.detail(k, v.indexOf('\'') >= 0 ? condition(v) : v));
    return b.indexCondition(condition(n.indexCondition()))
        .filter(condition(n.filter()))
        .joinCondition(condition(n.joinCondition()))
        .children(n.children().stream().map(LiteralRedaction::node).toList())
        .rawJson(null)
        .build();
  }

  static String sql(String sql) {
    return sql == null ? null : Fingerprinter.fingerprint(sql).normalized();
  }

  /** A plan condition with its values replaced; column names and operators stay readable. */
  static String condition(String condition) {
    if (condition == null) {
      return null;
    }
    String normalized = Fingerprinter.fingerprint(condition).normalized();
    return normalized.isEmpty() ? condition : normalized;
  }
}
