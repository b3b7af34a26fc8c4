package io.queryscope.junit;

import io.queryscope.core.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One test as the run report lists it.
 *
 * @param status {@code passed}, {@code failed} or {@code aborted}
 * @param failedByQueryScope true when the extension itself failed the test on findings
 * @param findings findings as JSON-friendly maps, allowed ones carrying their {@code reason}
 */
record TestRecord(
    String className,
    String methodName,
    String displayName,
    String status,
    boolean failedByQueryScope,
    long statements,
    long fingerprints,
    List<Map<String, Object>> findings,
    List<Map<String, Object>> allowed,
    List<String> notes) {

  TestRecord {
    findings = List.copyOf(findings);
    allowed = List.copyOf(allowed);
    notes = List.copyOf(notes);
  }

  static TestRecord of(
      String className,
      String methodName,
      String displayName,
      String status,
      boolean failedByQueryScope,
      Evaluation evaluation) {
    if (evaluation == null) {
      return new TestRecord(
          className,
          methodName,
          displayName,
          status,
          false,
          0,
          0,
          List.of(),
          List.of(),
          List.of("not evaluated: the test did not run its body"));
    }
    StatementSites sites = StatementSites.of(evaluation.events());
    List<Map<String, Object>> open = new ArrayList<>();
    evaluation.findings().forEach(f -> open.add(describe(f, sites, null)));
    List<Map<String, Object>> allowed = new ArrayList<>();
    evaluation.allowed().forEach(a -> allowed.add(describe(a.finding(), sites, a.reason())));
    return new TestRecord(
        className,
        methodName,
        displayName,
        status,
        failedByQueryScope,
        evaluation.events().statements().size() + evaluation.events().droppedStatements(),
        sites.shapes().size(),
        open,
        allowed,
        evaluation.notes());
  }

  private static Map<String, Object> describe(Finding f, StatementSites sites, String reason) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rule", f.rule());
    out.put("severity", f.severity().id());
    out.put("title", f.title());
    out.put("fingerprints", f.fingerprints());
    String primary = f.fingerprints().isEmpty() ? null : f.fingerprints().get(0);
    StatementSites.Shape shape = primary == null ? null : sites.shape(primary);
    if (f.query() != null) {
      out.put("sql", f.query().sql());
    }
    if (shape != null) {
      out.put("executions", shape.executions);
      List<Map<String, Object>> callSites = new ArrayList<>();
      shape.sites.forEach(
          (site, count) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("site", site);
            s.put("count", count);
            callSites.add(s);
          });
      out.put("callSites", callSites);
    }
    if (f.recommendation() != null) {
      out.put("recommendation", f.recommendation().summary());
      if (f.recommendation().ddl() != null) {
        out.put("ddl", f.recommendation().ddl());
      }
    }
    if (reason != null) {
      out.put("reason", reason);
    }
    return out;
  }
}
