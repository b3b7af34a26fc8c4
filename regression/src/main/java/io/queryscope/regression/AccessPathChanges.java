package io.queryscope.regression;

import io.queryscope.core.plan.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Index scans that became full scans, lost index-only access, or switched index. */
final class AccessPathChanges implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    Map<String, AccessPath> now =
        AccessPath.of(after.root()).stream()
            .collect(Collectors.toMap(AccessPath::key, Function.identity(), (a, b) -> a));
    List<PlanChange> changes = new ArrayList<>();
    for (AccessPath was : AccessPath.of(before.root())) {
      AccessPath is = now.get(was.key());
      if (is != null) {
        classify(was, is, before, after, changes);
      }
    }
    return changes;
  }

  private static void classify(
      AccessPath was,
      AccessPath is,
      RecordedPlan before,
      RecordedPlan after,
      List<PlanChange> out) {
    String detail = was.relation() + ": " + was.describe() + " → " + is.describe();
    if (was.breadth() < 2 && is.breadth() >= 2) {
      out.add(PlanChange.regression(ChangeKind.INDEX_TO_FULL_SCAN, was.relation(), detail));
    } else if (was.breadth() >= 2 && is.breadth() < 2) {
      out.add(PlanChange.improvement(ChangeKind.INDEX_TO_FULL_SCAN, was.relation(), detail));
    } else if (was.scan() == Operation.FULL_INDEX_SCAN && is.scan() == Operation.FULL_SCAN) {
      out.add(PlanChange.regression(ChangeKind.INDEX_TO_FULL_SCAN, was.relation(), detail));
    } else if (was.scan() == Operation.FULL_SCAN && is.scan() == Operation.FULL_INDEX_SCAN) {
      out.add(PlanChange.improvement(ChangeKind.INDEX_TO_FULL_SCAN, was.relation(), detail));
    } else if (was.breadth() == 0 && is.breadth() == 1) {
      out.add(PlanChange.regression(ChangeKind.INDEX_ONLY_LOST, was.relation(), detail));
    } else if (was.breadth() == 1 && is.breadth() == 0) {
      out.add(PlanChange.improvement(ChangeKind.INDEX_ONLY_LOST, was.relation(), detail));
    }
    boolean bothIndexed = !was.indexes().isEmpty() && !is.indexes().isEmpty();
    if (bothIndexed && !was.indexes().equals(is.indexes())) {
      out.add(
          ChangeDetector.byCost(ChangeKind.DIFFERENT_INDEX, before, after, was.relation(), detail));
    }
  }
}
