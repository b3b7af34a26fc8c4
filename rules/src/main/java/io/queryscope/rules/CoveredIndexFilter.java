package io.queryscope.rules;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops index recommendations an existing index already serves: one whose leading keys are the
 * candidate's keys. A plan that did not use such an index needs a different fix, not a twin.
 */
final class CoveredIndexFilter {

  private CoveredIndexFilter() {}

  static List<Finding> keepUncovered(List<Finding> findings, Catalog catalog, List<String> notes) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      CandidateIndex index = f.recommendation() == null ? null : f.recommendation().index();
      if (index != null && coveredBy(catalog, index)) {
        notes.add(
            "dropped the "
                + f.rule()
                + " recommendation for "
                + index.table()
                + " ("
                + String.join(", ", index.columns())
                + "): an existing index already leads with those columns");
        continue;
      }
      kept.add(f);
    }
    return kept;
  }

  private static boolean coveredBy(Catalog catalog, CandidateIndex index) {
    String table = index.schema() == null ? index.table() : index.schema() + "." + index.table();
    // A partial candidate is covered only by an index with the same predicate.
    return index.predicate() == null
        ? catalog.hasIndexLeadingWith(table, index.columns())
        : catalog.indexesOn(table).stream()
            .anyMatch(
                i ->
                    i.valid()
                        && i.startsWith(index.columns())
                        && index.predicate().equalsIgnoreCase(String.valueOf(i.predicate())));
  }
}
