package io.queryscope.core.capture;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Analyzer;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.workload.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Findings from captured evidence alone. The {@code analysis} module's {@link Analyzer} runs and
 * ranks when it is on the class path; otherwise bare {@link Rule}s found by ServiceLoader run here
 * and are ranked by estimated time saved — deliberately simple, ranking is the analyzer's job.
 */
public final class CaptureReport {

  static final String NO_RULES =
      "no rules on the class path, so no findings: add io.queryscope:queryscope-rules";

  private CaptureReport() {}

  public static Report of(CapturedEvents events, Workload workload, long statements) {
    AnalysisContext context =
        new AnalysisContext(null, workload, Map.of(), null, null, events, null);
    Analyzer analyzer = first(ServiceLoader.load(Analyzer.class));
    if (analyzer != null) {
      return analyzer.analyze(context);
    }
    List<Rule> rules = new ArrayList<>();
    ServiceLoader.load(Rule.class).forEach(rules::add);
    return withRules(context, rules, statements);
  }

  /** Runs bare rules and ranks their findings by estimated time saved. */
  static Report withRules(AnalysisContext context, List<Rule> rules, long statements) {
    Workload workload = context.workload();
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (rules.isEmpty()) {
      notes.add(NO_RULES);
    }
    Set<Evidence> available = context.available();
    for (Rule rule : rules) {
      if (!context.settings().enabled(rule.info())) {
        continue;
      }
      if (!available.containsAll(rule.info().needs())) {
        notes.add(rule.id() + " did not run: it needs " + missing(rule, available));
        continue;
      }
      try {
        findings.addAll(rule.evaluate(context));
      } catch (RuntimeException e) {
        notes.add(rule.id() + " failed and was skipped: " + e);
      }
    }
    findings.sort(
        Comparator.comparingDouble(
                (Finding f) -> f.impact() == null ? 0 : f.impact().estimatedMsSaved())
            .reversed());
    List<Finding> ranked = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      ranked.add(findings.get(i).withPriority(i + 1));
    }
    return new Report(
        Report.Tool.queryscope(),
        null,
        new Report.Summary(statements, workload.statements().size(), ranked.size()),
        ranked,
        notes);
  }

  private static String missing(Rule rule, Set<Evidence> available) {
    List<String> names = new ArrayList<>();
    for (Evidence needed : rule.info().needs()) {
      if (!available.contains(needed)) {
        names.add(needed.describe());
      }
    }
    return String.join(", ", names);
  }

  private static <T> T first(ServiceLoader<T> loader) {
    Iterator<T> it = loader.iterator();
    return it.hasNext() ? it.next() : null;
  }
}
