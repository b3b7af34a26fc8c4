package io.queryscope.regression;

import io.queryscope.core.plan.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts, hash aggregates and temporary tables that appeared or went away. The hash table of a hash
 * join is not counted: a new hash join is already a join-method change.
 */
final class SortAndHashChanges implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    List<PlanChange> changes = new ArrayList<>();
    compare("sort", count(before, true), count(after, true), changes);
    compare(
        "hash aggregate or temporary table", count(before, false), count(after, false), changes);
    return changes;
  }

  private static void compare(String what, long was, long is, List<PlanChange> out) {
    String detail = what + "s: " + was + " → " + is;
    if (is > was) {
      out.add(PlanChange.regression(ChangeKind.SORT_OR_HASH_ADDED, null, "more " + detail));
    } else if (is < was) {
      out.add(PlanChange.improvement(ChangeKind.SORT_OR_HASH_ADDED, null, "fewer " + detail));
    }
  }

  private static long count(RecordedPlan plan, boolean sorts) {
    return plan.root().stream().filter(n -> sorts ? isSort(n) : isHash(n)).count();
  }

  private static boolean isSort(RecordedNode node) {
    return node.operation() == Operation.SORT;
  }

  private static boolean isHash(RecordedNode node) {
    return node.operation() == Operation.TEMPORARY_TABLE
        || (node.operation() == Operation.AGGREGATE && "Hashed".equalsIgnoreCase(node.strategy()));
  }
}
