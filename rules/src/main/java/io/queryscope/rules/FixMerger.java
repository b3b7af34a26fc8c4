package io.queryscope.rules;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges index findings that one index would fix: the same keys, or keys that are a prefix of
 * another candidate's on the same table (an index on {@code (customer_id, created_at)} serves a
 * filter on {@code customer_id} too). The merged finding lists every statement and sums their
 * impact, so one CREATE INDEX appears once, ranked by everything it saves.
 */
final class FixMerger {

  private final DatabaseKind dialect;

  FixMerger(DatabaseKind dialect) {
    this.dialect = dialect;
  }

  List<Finding> merge(List<Finding> findings) {
    List<Finding> others = new ArrayList<>();
    List<Finding> indexFindings = new ArrayList<>();
    for (Finding f : findings) {
      (index(f) == null ? others : indexFindings).add(f);
    }
    // Widest keys first, so narrower candidates fold into the index that also serves them.
    indexFindings.sort(
        Comparator.comparingInt((Finding f) -> -index(f).columns().size())
            .thenComparing(f -> -f.impact().estimatedMsSaved()));
    List<List<Finding>> groups = new ArrayList<>();
    for (Finding f : indexFindings) {
      groups.stream()
          .filter(g -> serves(index(g.get(0)), index(f)))
          .findFirst()
          .ifPresentOrElse(g -> g.add(f), () -> groups.add(new ArrayList<>(List.of(f))));
    }
    List<Finding> merged = new ArrayList<>(sameStatement(others));
    for (List<Finding> group : groups) {
      merged.add(group.size() == 1 ? group.get(0) : combine(group));
    }
    return merged;
  }

  /**
   * Findings whose fix is the very same statement (two rules both saying DROP INDEX x) become the
   * most severe of them, naming the other rules; findings without DDL are left alone.
   */
  private static List<Finding> sameStatement(List<Finding> findings) {
    Map<String, List<Finding>> byDdl = new LinkedHashMap<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      String ddl = f.recommendation() == null ? null : f.recommendation().ddl();
      if (ddl == null) {
        out.add(f);
      } else {
        byDdl.computeIfAbsent(ddl, k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Finding> group : byDdl.values()) {
      Finding lead = group.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
      if (group.size() == 1) {
        out.add(lead);
        continue;
      }
      Map<String, Object> evidence = new LinkedHashMap<>(lead.evidence());
      evidence.put(
          "alsoReportedBy",
          group.stream().filter(f -> f != lead).map(f -> f.rule() + ": " + f.title()).toList());
      Set<String> fingerprints = new LinkedHashSet<>();
      group.forEach(f -> fingerprints.addAll(f.fingerprints()));
      out.add(
          new Finding(
              lead.rule(),
              lead.severity(),
              group.stream().mapToDouble(Finding::confidence).max().orElse(lead.confidence()),
              0,
              lead.title(),
              new Impact(
                  group.stream().mapToDouble(f -> f.impact().estimatedMsSaved()).max().orElse(0),
                  0),
              lead.query(),
              evidence,
              lead.recommendation(),
              List.copyOf(fingerprints)));
    }
    return out;
  }

  private static CandidateIndex index(Finding f) {
    return f.recommendation() == null ? null : f.recommendation().index();
  }

  /** True when {@code wide} serves every lookup {@code narrow} would. */
  private static boolean serves(CandidateIndex wide, CandidateIndex narrow) {
    if (!table(wide).equals(table(narrow))
        || !Objects.equals(wide.predicate(), narrow.predicate())) {
      return false;
    }
    if (narrow.columns().size() > wide.columns().size()) {
      return false;
    }
    for (int i = 0; i < narrow.columns().size(); i++) {
      if (!narrow.columns().get(i).equalsIgnoreCase(wide.columns().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String table(CandidateIndex index) {
    return index.table().toLowerCase(Locale.ROOT);
  }

  private Finding combine(List<Finding> group) {
    // The finding that saves most leads; its index is widened to the group's widest keys.
    Finding lead =
        group.stream()
            .max(
                Comparator.comparing((Finding f) -> f.recommendation().verified() != null)
                    .thenComparingDouble(f -> f.impact().estimatedMsSaved()))
            .orElseThrow();
    CandidateIndex widest = index(group.get(0));
    Set<String> include = new LinkedHashSet<>();
    group.forEach(f -> include.addAll(index(f).includeColumns()));
    include.removeIf(c -> widest.columns().stream().anyMatch(c::equalsIgnoreCase));
    CandidateIndex index =
        new CandidateIndex(
            widest.schema(),
            widest.table(),
            List.of(),
            List.copyOf(include),
            widest.predicate(),
            false,
            widest.keys());
    Set<String> fingerprints = new LinkedHashSet<>();
    List<Map<String, Object>> statements = new ArrayList<>();
    Set<String> rules = new LinkedHashSet<>();
    double saved = 0;
    double confidence = 0;
    for (Finding f : group) {
      fingerprints.addAll(f.fingerprints());
      rules.add(f.rule());
      saved += f.impact().estimatedMsSaved();
      confidence = Math.max(confidence, f.confidence());
      Map<String, Object> statement = new LinkedHashMap<>();
      statement.put("rule", f.rule());
      statement.put("title", f.title());
      statement.put("fingerprints", f.fingerprints());
      statement.put("estimatedMsSaved", f.impact().estimatedMsSaved());
      statements.add(statement);
    }
    Map<String, Object> evidence = new LinkedHashMap<>(lead.evidence());
    evidence.put("servesStatements", statements);
    evidence.put("mergedRules", List.copyOf(rules));
    Recommendation r = lead.recommendation();
    Recommendation recommendation =
        PrintedDdl.recommendation(
                r.summary()
                    + " One index on "
                    + index.table()
                    + " ("
                    + String.join(", ", index.columns())
                    + ") serves all "
                    + group.size()
                    + " findings.",
                IndexDdl.create(dialect, index),
                r.codeChange(),
                index)
            .withVerification(r.verified());
    String title =
        lead.title()
            + "; the same index serves "
            + (group.size() - 1)
            + (group.size() == 2 ? " other finding" : " other findings");
    return new Finding(
        lead.rule(),
        group.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow(),
        confidence,
        0,
        title,
        new Impact(saved, 0),
        lead.query(),
        evidence,
        recommendation,
        List.copyOf(fingerprints));
  }
}
