package io.queryscope.analysis;

import io.queryscope.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * The report note for a statement that {@code --analyze} asked to run and the dialect refused to (a
 * function behind a view, a SLEEP, a write): the plan's warnings say why, and they belong in the
 * report's notes, not only beside the plan.
 */
final class AnalyzeSkipped {

  private AnalyzeSkipped() {}

  /**
   * Notes for {@code plan} of the statement {@code label}; empty when it ran or was not asked to.
   */
  static List<String> notes(boolean asked, Plan plan, String label) {
    List<String> notes = new ArrayList<>();
    if (!asked || plan == null || plan.analyzed()) {
      return notes;
    }
    for (String w : plan.warnings()) {
      if (w.startsWith("ANALYZE skipped")) {
        notes.add(label + ": " + w);
      }
    }
    return notes;
  }
}
