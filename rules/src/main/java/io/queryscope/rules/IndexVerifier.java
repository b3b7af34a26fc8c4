package io.queryscope.rules;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.Verification;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.finding.ImpactWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tries each recommended index on the server with a what-if plan. A candidate the planner uses gets
 * its cost before and after attached and its impact re-estimated from the cost drop; one the
 * planner ignores is dropped, with a note, because advice the server would not follow wastes the
 * user's time.
 */
public final class IndexVerifier {

  /** Findings after verification and what happened along the way. */
  public record Outcome(List<Finding> findings, List<String> notes) {}

  /** How sure a finding is once the server's own planner agrees with it. */
  private static final double VERIFIED_CONFIDENCE = 0.95;

  private final DialectSession session;
  private final WhatIfMode mode;

  /**
   * @param session the target's session, or null when there is none (nothing is verified)
   */
  public IndexVerifier(DialectSession session, WhatIfMode mode) {
    this.session = session;
    this.mode = mode == null ? WhatIfMode.OFF : mode;
  }

  public Outcome verify(List<Finding> findings, AnalysisContext context) {
    if (session == null || mode == WhatIfMode.OFF) {
      return new Outcome(findings, List.of());
    }
    ImpactWindow window = ImpactWindow.of(context);
    List<Finding> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Finding f : findings) {
      CandidateIndex index = f.recommendation() == null ? null : f.recommendation().index();
      String sql = sqlOf(f);
      if (index == null || sql == null) {
        out.add(f);
        continue;
      }
      WhatIfResult result;
      try {
        result = session.whatIf(sql, index, mode);
      } catch (QueryScopeException e) {
        notes.add("could not try " + IndexDdl.name(index) + " (" + e.getMessage() + ")");
        out.add(f);
        continue;
      }
      if (result.after() == null) {
        notes.add("could not try " + IndexDdl.name(index) + ": " + result.note());
        out.add(f);
      } else if (!result.indexUsed()) {
        notes.add(
            "dropped "
                + f.rule()
                + " candidate "
                + IndexDdl.name(index)
                + ": the planner did not use it in a what-if plan ("
                + result.method()
                + "), so the statement needs a different fix");
      } else {
        out.add(verified(f, result, window));
      }
    }
    return new Outcome(out, notes);
  }

  /** A concrete sample runs through EXPLAIN more reliably than normalized text with {@code ?}. */
  private static String sqlOf(Finding f) {
    Object sample = f.evidence().get("sampleSql");
    if (sample instanceof String s && !s.isBlank()) {
      return s;
    }
    return f.query() == null ? null : f.query().sql();
  }

  private static Finding verified(Finding f, WhatIfResult result, ImpactWindow window) {
    Verification v = new Verification(result.costBefore(), result.costAfter(), result.method());
    double saved = f.impact().estimatedMsSaved();
    if (f.query() != null && f.query().totalMs() > 0 && v.improvement() > 0) {
      saved = window.scale(f.query(), f.query().totalMs()) * v.improvement();
    }
    Map<String, Object> evidence = new LinkedHashMap<>(f.evidence());
    evidence.put("expectedPlan", describe(result, f.recommendation().index()));
    return new Finding(
        f.rule(),
        f.severity(),
        Math.max(f.confidence(), VERIFIED_CONFIDENCE),
        f.priority(),
        f.title(),
        new Impact(saved, 0),
        f.query(),
        evidence,
        f.recommendation().withVerification(v),
        f.fingerprints());
  }

  /** The what-if plan's use of the candidate, named as the DDL will name it. */
  private static String describe(WhatIfResult result, CandidateIndex index) {
    String used =
        result
            .after()
            .nodes()
            .filter(n -> n.index() != null)
            .findFirst()
            .map(n -> n.nodeType() + " using " + IndexDdl.name(index) + " on " + index.table())
            .orElse(result.after().root().nodeType());
    return used
        + String.format(
            java.util.Locale.ROOT,
            " (cost %.0f → %.0f, checked with %s)",
            result.costBefore(),
            result.costAfter(),
            result.method());
  }
}
