package io.queryscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.Target;
import java.util.List;

/**
 * The report as the JSON object DESIGN.md fixes: field names are a contract (add, never rename).
 * NaN figures become {@code null}, because JSON has no NaN.
 */
public final class JsonReport {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  public static ObjectNode of(ReportDocument document) {
    Report report = document.report();
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode tool = root.putObject("tool");
    tool.put("name", report.tool().name());
    tool.put("version", report.tool().version());
    root.set("target", target(report.target()));
    ObjectNode summary = root.putObject("summary");
    summary.put("statements", report.summary().statements());
    summary.put("fingerprints", report.summary().fingerprints());
    summary.put("findings", report.summary().findings());
    ObjectNode bySeverity = summary.putObject("bySeverity");
    for (Severity s : Severity.values()) {
      bySeverity.put(s.id(), report.findings().stream().filter(f -> f.severity() == s).count());
    }
    number(
        summary,
        "estimatedMsSaved",
        report.findings().stream().mapToDouble(f -> f.impact().estimatedMsSaved()).sum());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      findings.add(finding(f, document));
    }
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    // The plans findings point at, by fingerprint: the annotated tree renderers draw.
    ObjectNode plans = root.putObject("plans");
    document.plans().forEach((fp, plan) -> plans.set(fp, PlanJson.of(plan)));
    return root;
  }

  private static ObjectNode target(Target target) {
    ObjectNode t = MAPPER.createObjectNode();
    t.put("dialect", target == null || target.dialect() == null ? null : target.dialect().id());
    t.put(
        "serverVersion",
        target == null || target.serverVersion() == null ? null : target.serverVersion().raw());
    t.put("url", target == null ? null : target.url());
    return t;
  }

  private static ObjectNode finding(Finding f, ReportDocument document) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("rule", f.rule());
    o.put("severity", f.severity().id());
    o.put("priority", f.priority());
    o.put("title", f.title());
    number(o, "confidence", f.confidence());
    ObjectNode impact = o.putObject("impact");
    number(
        impact,
        "estimatedMsSaved",
        f.impact() == null ? Double.NaN : f.impact().estimatedMsSaved());
    number(impact, "share", f.impact() == null ? Double.NaN : f.impact().share());
    if (f.query() == null) {
      o.putNull("query");
    } else {
      ObjectNode q = o.putObject("query");
      q.put("fingerprint", f.query().fingerprint());
      q.put("sql", f.query().sql());
      q.put("calls", f.query().calls());
      number(q, "totalMs", f.query().totalMs());
      if (f.query().source() != null) {
        // Which evidence counted calls and totalMs: server statistics or the application's capture.
        q.put("source", f.query().source().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    o.set("evidence", evidence(f));
    o.set("recommendation", recommendation(f.recommendation()));
    ArrayNode fps = o.putArray("fingerprints");
    f.fingerprints().forEach(fps::add);
    ArrayNode sites = o.putArray("callSites");
    for (CallSite site : callSites(f, document)) {
      sites.add(site.toString());
    }
    return o;
  }

  private static JsonNode evidence(Finding f) {
    try {
      return MAPPER.valueToTree(f.evidence());
    } catch (IllegalArgumentException e) {
      // A rule put a value Jackson cannot map: keep the report, show the value as text.
      ObjectNode o = MAPPER.createObjectNode();
      f.evidence().forEach((k, v) -> o.put(k, String.valueOf(v)));
      return o;
    }
  }

  private static JsonNode recommendation(Recommendation r) {
    if (r == null) {
      return MAPPER.nullNode();
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("summary", r.summary());
    o.put("ddl", r.ddl());
    o.put("codeChange", r.codeChange());
    if (r.verified() == null) {
      o.putNull("verified");
    } else {
      ObjectNode v = o.putObject("verified");
      number(v, "costBefore", r.verified().costBefore());
      number(v, "costAfter", r.verified().costAfter());
      v.put("method", r.verified().method());
    }
    return o;
  }

  static List<CallSite> callSites(Finding f, ReportDocument document) {
    if (f.query() == null) {
      return List.of();
    }
    return document.callSites().getOrDefault(f.query().fingerprint(), List.of());
  }

  private static void number(ObjectNode o, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }
}
