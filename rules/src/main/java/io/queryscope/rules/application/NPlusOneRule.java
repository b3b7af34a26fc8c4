package io.queryscope.rules.application;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One query shape run once per row of a parent result: the same fingerprint, from the same call
 * site, at least {@code min-executions} times with different binds inside one unit of work. Batched
 * statements, different call sites sharing SQL and repeats with identical binds (that is {@code
 * repeated-query}) do not count.
 */
public final class NPlusOneRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "n-plus-one",
          "N+1 queries",
          "One query per row of a parent result where one query for all rows would do.",
          Severity.HIGH,
          Set.of(Evidence.CAPTURED_STATEMENTS),
          Map.of("min-executions", 5.0),
          List.of("n+1"),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * The N+1 bursts in {@code events}, as this rule counts them with the user's thresholds. The one
   * definition: the pool rule asks it too when it says why connections stayed busy.
   */
  public static List<Bursts.Burst> bursts(AnalysisContext context, CapturedEvents events) {
    int min = (int) context.settings().threshold(INFO, "min-executions");
    return Bursts.find(WorkUnits.of(events), min, Bursts::isQuery).stream()
        .filter(b -> b.distinctBinds() >= min)
        .toList();
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    Map<List<Object>, List<Bursts.Burst>> bySite = new LinkedHashMap<>();
    for (Bursts.Burst b : bursts(context, context.events())) {
      bySite
          .computeIfAbsent(
              java.util.Arrays.asList(b.fingerprintId(), b.callSite()), k -> new ArrayList<>())
          .add(b);
    }
    List<Finding> findings = new ArrayList<>();
    bySite.values().forEach(bursts -> findings.add(finding(context, bursts)));
    return findings;
  }

  private Finding finding(AnalysisContext context, List<Bursts.Burst> bursts) {
    Bursts.Burst worst =
        bursts.stream().max(java.util.Comparator.comparingInt(b -> b.executions().size())).get();
    StatementEvent child = worst.first();
    StatementEvent parent = worst.parent();
    StatementShape childShape = StatementShape.of(child.sql());
    double childMs = bursts.stream().mapToDouble(Bursts.Burst::totalMs).sum();
    double unitMs = bursts.stream().mapToDouble(b -> b.unit().totalMs()).sum();
    int executions = bursts.stream().mapToInt(b -> b.executions().size()).sum();
    // One batched query costs about two single lookups; the rest of the burst is saved.
    double saved =
        bursts.stream()
            .mapToDouble(b -> b.totalMs() - 2 * b.totalMs() / b.executions().size())
            .sum();
    FindingBuilder f =
        FindingBuilder.of(INFO, context)
            .confidence(parent != null && worst.callSite() != null ? 0.9 : 0.75)
            .title(title(worst, childShape, parent, bursts.size()))
            .query(QueryRefs.of(context, child.fingerprintId(), child.sql()))
            .msSaved(ImpactWindow.of(context).captured(saved))
            .evidence("executionsPerUnit", worst.executions().size())
            .evidence("units", bursts.size())
            .evidence(
                "unitNames",
                bursts.stream().map(b -> b.unit().label()).distinct().limit(5).toList())
            .evidence("totalExecutions", executions)
            .evidence("distinctBinds", worst.distinctBinds())
            .evidence("childSql", child.sql())
            .evidence("childMs", childMs)
            .evidence("shareOfUnitTime", unitMs > 0 ? childMs / unitMs : null)
            .evidence("callSite", worst.callSite())
            .evidence("callers", child.callSite() == null ? null : child.callSite().callers());
    if (parent != null) {
      f.evidence("parentFingerprint", FingerprintId.hex(parent.fingerprintId()))
          .evidence("parentSql", parent.sql())
          .evidence("parentRows", parent.rowsFetched())
          .fingerprint(FingerprintId.hex(parent.fingerprintId()));
    }
    String fix = fix(TargetDialect.of(context), childShape, child.sql());
    return f.recommendation(new Recommendation(fix, null, fix, null, null)).build();
  }

  private static String title(
      Bursts.Burst worst, StatementShape child, StatementEvent parent, int units) {
    String table = child.table().orElse("one statement");
    String where = worst.callSite() == null ? "" : " at " + worst.callSite();
    String perUnit =
        worst.executions().size()
            + " queries on "
            + table
            + (units > 1
                ? " per unit of work (" + units + " units)"
                : " in " + worst.unit().label());
    if (parent != null) {
      String parentTable = StatementShape.of(parent.sql()).table().orElse("a parent query");
      return table + " loaded one row of " + parentTable + " at a time: " + perUnit + where;
    }
    return perUnit + " with different values" + where;
  }

  private static String fix(DatabaseKind dialect, StatementShape child, String sql) {
    String column = child.equalityColumn().orElse("<key>");
    String batch =
        dialect == DatabaseKind.POSTGRESQL
            ? "WHERE " + column + " = ANY(?) with one array bind (or IN (…))"
            : "WHERE " + column + " IN (…) with the collected keys";
    return "Load them in one statement: "
        + batch
        + ", or join "
        + child.table().orElse("the child table")
        + " into the parent query. "
        + OrmShape.of(sql).loadTogetherHint();
  }
}
