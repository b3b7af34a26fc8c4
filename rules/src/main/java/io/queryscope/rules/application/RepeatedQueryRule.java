package io.queryscope.rules.application;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same query with the same binds run again inside one unit of work: the answer was already in
 * hand. Counted per call site, like N+1, so two places that each read a value once are not blamed.
 */
public final class RepeatedQueryRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "repeated-query",
          "Same query repeated",
          "The same statement with the same binds run again in one unit of work.",
          Severity.MEDIUM,
          Set.of(Evidence.CAPTURED_STATEMENTS),
          Map.of("min-executions", 3.0),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    int min = (int) context.settings().threshold(INFO, "min-executions");
    Map<List<Object>, List<Bursts.Burst>> bySite = new LinkedHashMap<>();
    for (Bursts.Burst b : Bursts.find(WorkUnits.of(context.events()), min, Bursts::isQuery)) {
      if (b.mostRepeated() >= min) {
        bySite
            .computeIfAbsent(Arrays.asList(b.fingerprintId(), b.callSite()), k -> new ArrayList<>())
            .add(b);
      }
    }
    List<Finding> findings = new ArrayList<>();
    bySite.values().forEach(bursts -> findings.add(finding(context, bursts)));
    return findings;
  }

  private Finding finding(AnalysisContext context, List<Bursts.Burst> bursts) {
    Bursts.Burst worst =
        bursts.stream().max(java.util.Comparator.comparingInt(Bursts.Burst::mostRepeated)).get();
    StatementEvent first = worst.first();
    // Every execution beyond the first of each distinct bind set could have been skipped.
    double saved =
        bursts.stream()
            .mapToDouble(
                b ->
                    b.totalMs()
                        * (b.executions().size() - b.distinctBinds())
                        / b.executions().size())
            .sum();
    String table = StatementShape.of(first.sql()).table().orElse("the same data");
    String where = worst.callSite() == null ? "" : " at " + worst.callSite();
    String fix =
        "Keep the first result for the rest of the unit of work: pass it down instead of reading"
            + " it again, or cache it for the request (Hibernate: load the entity once per"
            + " session with find() rather than a query; Spring: @Cacheable on the reading"
            + " method).";
    return FindingBuilder.of(INFO, context)
        .confidence(worst.callSite() == null ? 0.7 : 0.85)
        .title(
            "Same query on "
                + table
                + " with the same values ran "
                + worst.mostRepeated()
                + " times in "
                + worst.unit().label()
                + where)
        .query(QueryRefs.of(context, first.fingerprintId(), first.sql()))
        .msSaved(ImpactWindow.of(context).captured(saved))
        .evidence("repeatsPerUnit", worst.mostRepeated())
        .evidence("executionsPerUnit", worst.executions().size())
        .evidence("distinctBinds", worst.distinctBinds())
        .evidence("units", bursts.size())
        .evidence("sql", first.sql())
        .evidence("callSite", worst.callSite())
        .recommendation(new Recommendation(fix, null, fix, null, null))
        .build();
  }
}
