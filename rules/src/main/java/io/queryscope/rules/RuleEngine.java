package io.queryscope.rules;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Analyzer;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.rules.ddl.PrintedDdl;
import io.queryscope.rules.finding.ImpactWindow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the rules whose evidence is present, verifies index fixes when a session allows it, and
 * ranks the findings into a report. A rule that throws is reported in the notes and the others
 * carry on; a rule without its evidence stays quiet and the notes say what would enable it.
 */
public final class RuleEngine implements Analyzer {

  private final List<Rule> rules;

  /** The engine with every rule on the class path (how ServiceLoader creates it). */
  public RuleEngine() {
    this(Rules.all());
  }

  public RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public List<Rule> rules() {
    return rules;
  }

  @Override
  public Report analyze(AnalysisContext context) {
    return analyze(context, null, WhatIfMode.OFF);
  }

  /**
   * Rules, then what-if verification of index fixes, then ranking.
   *
   * @param whatIfSession a session on the target for what-if plans; null to skip verification
   */
  public Report analyze(AnalysisContext context, DialectSession whatIfSession, WhatIfMode mode) {
    AnalysisContext ctx = WorkloadFromEvents.complete(context);
    List<String> notes = new ArrayList<>(ctx.workload().notes());
    List<Finding> findings = evaluate(ctx, notes);
    IndexVerifier.Outcome verified = new IndexVerifier(whatIfSession, mode).verify(findings, ctx);
    notes.addAll(verified.notes());
    Prioritizer.Ranking ranking = new Prioritizer().rank(verified.findings(), ctx);
    notes.addAll(ranking.notes());
    if (!ranking.findings().isEmpty()) {
      notes.add("impact figures are " + ImpactWindow.of(ctx).unit());
    }
    // Every DDL is checked once more right before it is printed.
    List<Finding> printed = ranking.findings().stream().map(PrintedDdl::guard).toList();
    return new Report(
        Report.Tool.queryscope(), ctx.target(), summary(ctx, ranking), printed, notes);
  }

  private List<Finding> evaluate(AnalysisContext ctx, List<String> notes) {
    Set<Evidence> have = ctx.available();
    Map<Set<Evidence>, List<String>> skipped = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (!ctx.settings().enabled(info)) {
        continue;
      }
      Set<Evidence> missing = EnumSet.noneOf(Evidence.class);
      missing.addAll(info.needs());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        skipped.computeIfAbsent(missing, k -> new ArrayList<>()).add(info.id());
        continue;
      }
      try {
        findings.addAll(rule.evaluate(ctx));
      } catch (RuntimeException e) {
        // One broken rule must not cost the user every other finding.
        notes.add(
            "rule "
                + info.id()
                + " failed and was skipped ("
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage()
                + "); please report it with the input that caused it");
      }
    }
    skipped.forEach(
        (missing, ids) ->
            notes.add(
                String.join(", ", ids)
                    + (ids.size() == 1 ? " did not run: it needs " : " did not run: they need ")
                    + missing.stream().map(Evidence::describe).collect(Collectors.joining("; "))));
    return findings;
  }

  private static Report.Summary summary(AnalysisContext ctx, Prioritizer.Ranking ranking) {
    long statements = ctx.workload().statements().stream().mapToLong(StatementStats::calls).sum();
    long fingerprints =
        Stream.concat(
                ctx.workload().statements().stream().map(StatementStats::fingerprintId),
                ctx.events().statements().stream().map(StatementEvent::fingerprintId))
            .distinct()
            .count();
    return new Report.Summary(statements, fingerprints, ranking.findings().size());
  }
}
