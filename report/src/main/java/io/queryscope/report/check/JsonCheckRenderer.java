package io.queryscope.report.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanChange;
import io.queryscope.regression.RecordedPlan;
import io.queryscope.regression.SideBySideDiff;
import io.queryscope.regression.StatementComparison;
import io.queryscope.regression.StatementComparison.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON object for machines. It keeps the DESIGN.md contract ({@code tool}, {@code target},
 * {@code summary}, {@code findings} with rule {@code plan-regression}) and adds every statement's
 * verdict, changes and tree diff.
 */
final class JsonCheckRenderer implements CheckRenderer {

  static final String RULE = "plan-regression";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String text(CheckReport report, Severity failOn) {
    Map<String, Object> root = new LinkedHashMap<>();
    Report.Tool tool = Report.Tool.queryscope();
    root.put("tool", Map.of("name", tool.name(), "version", tool.version()));
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("dialect", report.target().dialect().id());
    target.put("serverVersion", report.target().serverVersion().toString());
    target.put("url", report.target().url());
    root.put("target", target);
    root.put(
        "baseline",
        ordered(
            "dialect", report.baseline().dialect(),
            "serverVersion", report.baseline().serverVersion(),
            "analyze", report.baseline().analyze(),
            "repeat", report.baseline().repeat()));
    List<Map<String, Object>> findings = new ArrayList<>();
    List<Map<String, Object>> statements = new ArrayList<>();
    for (StatementComparison statement : report.statements()) {
      statements.add(statement(statement, failOn));
      if (!statement.regressions().isEmpty()) {
        findings.add(finding(statement));
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("statements", report.statements().size());
    summary.put("fingerprints", report.statements().size());
    summary.put("findings", findings.size());
    for (Verdict verdict : Verdict.values()) {
      summary.put(verdict.id(), report.count(verdict));
    }
    root.put("summary", summary);
    root.put("failOn", failOn.id());
    root.put("passed", !report.failsAt(failOn));
    root.put("findings", findings);
    root.put("statements", statements);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the check as JSON: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> statement(StatementComparison statement, Severity failOn) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", statement.id());
    json.put("verdict", statement.verdict().id());
    json.put("severity", statement.worstSeverity().map(Severity::id).orElse(null));
    json.put("failsCheck", statement.failsAt(failOn));
    json.put("fingerprint", statement.baseline().statement().fingerprint());
    json.put("sql", redacted(statement));
    json.put("baseline", plan(statement.baseline().plan()));
    json.put("current", statement.current() == null ? null : plan(statement.current()));
    json.put("failure", statement.failure());
    json.put("changes", statement.changes().stream().map(JsonCheckRenderer::change).toList());
    json.put(
        "diff",
        SideBySideDiff.rows(
                statement.baseline().plan().root(),
                statement.current() == null ? null : statement.current().root())
            .stream()
            .map(
                r ->
                    ordered(
                        "baseline", r.baseline(),
                        "marker", String.valueOf(r.marker()),
                        "current", r.current()))
            .toList());
    return json;
  }

  private static Map<String, Object> plan(RecordedPlan plan) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("shapeHash", plan.shapeHash());
    json.put("totalCost", finite(plan.totalCost()));
    json.put("medianMs", plan.timing() == null ? null : plan.timing().medianMs());
    json.put("buffers", plan.buffers());
    return json;
  }

  private static Map<String, Object> change(PlanChange change) {
    return ordered(
        "kind", change.kind().id(),
        "direction", change.direction().name().toLowerCase(java.util.Locale.ROOT),
        "severity", change.severity().id(),
        "relation", change.relation(),
        "detail", change.detail());
  }

  /** A regression as a finding in the shape every queryscope JSON report uses. */
  private static Map<String, Object> finding(StatementComparison statement) {
    PlanChange worst = statement.regressions().get(0);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", RULE);
    json.put("severity", worst.severity().id());
    json.put("title", "Plan of " + statement.id() + " got worse: " + worst.detail());
    json.put(
        "query",
        ordered(
            "fingerprint", statement.baseline().statement().fingerprint(),
            "sql", redacted(statement),
            "id", statement.id()));
    json.put(
        "evidence",
        ordered(
            "changes", statement.regressions().stream().map(JsonCheckRenderer::change).toList(),
            "baselineShape", statement.baseline().plan().shapeHash(),
            "currentShape", statement.current() == null ? null : statement.current().shapeHash()));
    json.put(
        "recommendation",
        ordered(
            "summary",
            "Find what changed (a dropped index, stale statistics, a server setting); if the new"
                + " plan is intended, accept it with 'queryscope plans record --update'."));
    return json;
  }

  /**
   * Reports leave the process (CI logs, dashboards): literals are replaced by {@code ?}, as in
   * every queryscope report. The baseline file itself keeps the statement as recorded.
   */
  private static String redacted(StatementComparison statement) {
    return Fingerprinter.fingerprint(statement.baseline().statement().sql()).normalized();
  }

  private static Object finite(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
  }

  /** A map that keeps the order its keys were given in and allows nulls. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
