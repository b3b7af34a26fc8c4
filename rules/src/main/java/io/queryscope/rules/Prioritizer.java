package io.queryscope.rules;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.ImpactWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks findings so the first saves the most time: fixes a what-if verified come before estimates,
 * then estimated milliseconds saved × confidence. Before ranking it drops index advice an existing
 * index covers and merges findings one index fixes; it fills {@link Impact#share()} and assigns
 * priorities 1..n.
 */
public final class Prioritizer {

  /** Ranked findings and what the ranking dropped or merged. */
  public record Ranking(List<Finding> findings, List<String> notes) {}

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> !verified(f))
          .thenComparing(Prioritizer::score, Comparator.reverseOrder())
          .thenComparing(Finding::severity)
          .thenComparing(Finding::rule)
          .thenComparing(f -> String.valueOf(f.title()));

  public Ranking rank(List<Finding> findings, AnalysisContext context) {
    List<String> notes = new ArrayList<>();
    List<Finding> kept = CoveredIndexFilter.keepUncovered(findings, context.catalog(), notes);
    List<Finding> merged = new FixMerger(TargetDialect.of(context)).merge(kept);
    ImpactWindow window = ImpactWindow.of(context);
    double observed =
        context.workload().statements().stream()
            .mapToDouble(s -> window.scale(s, s.totalMs()))
            .sum();
    List<Finding> sorted = new ArrayList<>(merged);
    sorted.sort(ORDER);
    List<Finding> ranked = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      double saved = f.impact().estimatedMsSaved();
      double share = observed > 0 ? Math.min(1, saved / observed) : 0;
      ranked.add(f.withImpact(new Impact(saved, share)).withPriority(i + 1));
    }
    return new Ranking(ranked, notes);
  }

  static double score(Finding f) {
    return f.impact().estimatedMsSaved() * f.confidence();
  }

  static boolean verified(Finding f) {
    return f.recommendation() != null && f.recommendation().verified() != null;
  }
}
