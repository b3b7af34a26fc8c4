package io.queryscope.regression;

import java.util.ArrayList;
import java.util.List;

/** Sorts and hashes that now go to disk, or no longer do. Only plans that ran can tell. */
final class SpillChanges implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    if (!before.analyzed() || !after.analyzed()) {
      return List.of();
    }
    List<String> was = spills(before);
    List<String> is = spills(after);
    String detail = "spilled to disk: " + describe(was) + " → " + describe(is);
    if (is.size() > was.size()) {
      return List.of(PlanChange.regression(ChangeKind.SPILL_TO_DISK, null, detail));
    }
    if (is.size() < was.size()) {
      return List.of(PlanChange.improvement(ChangeKind.SPILL_TO_DISK, null, detail));
    }
    return List.of();
  }

  /**
   * Nodes that said they spilled, and temporary files the statement wrote that no node owned up to
   * (a materialisation, a hash join's batches on a server that does not say which).
   */
  private static List<String> spills(RecordedPlan plan) {
    List<String> spills =
        new ArrayList<>(
            plan.root().stream()
                .filter(RecordedNode::spilledToDisk)
                .map(RecordedNode::displayLabel)
                .toList());
    if (spills.isEmpty() && plan.tempBlocksWritten() > 0) {
      spills.add(plan.tempBlocksWritten() + " temp blocks written");
    }
    return spills;
  }

  private static String describe(List<String> nodes) {
    return nodes.isEmpty() ? "nothing" : String.join(", ", nodes);
  }
}
