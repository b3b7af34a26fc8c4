package io.queryscope.regression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Joins that use another method, and relations joined in another order. */
final class JoinChanges implements ChangeDetector {

  @Override
  public List<PlanChange> detect(RecordedPlan before, RecordedPlan after, Thresholds thresholds) {
    List<PlanChange> changes = new ArrayList<>();
    Map<TreeSet<String>, RecordedNode> joinsNow = joinsByRelations(after.root());
    joinsByRelations(before.root())
        .forEach(
            (relations, was) -> {
              RecordedNode is = joinsNow.get(relations);
              if (is != null && is.operation() != was.operation()) {
                String names = String.join(" ⋈ ", names(relations));
                changes.add(
                    ChangeDetector.byCost(
                        ChangeKind.JOIN_METHOD_CHANGED,
                        before,
                        after,
                        names,
                        names + ": " + label(was) + " → " + label(is)));
              }
            });
    List<String> orderBefore = leafOrder(before.root());
    List<String> orderAfter = leafOrder(after.root());
    boolean joins = hasJoin(before.root()) && hasJoin(after.root());
    if (joins
        && !orderBefore.equals(orderAfter)
        && new TreeSet<>(orderBefore).equals(new TreeSet<>(orderAfter))) {
      changes.add(
          ChangeDetector.byCost(
              ChangeKind.JOIN_ORDER_CHANGED,
              before,
              after,
              null,
              "join order "
                  + String.join(", ", relationsOf(orderBefore))
                  + " → "
                  + String.join(", ", relationsOf(orderAfter))));
    }
    return changes;
  }

  private static Map<TreeSet<String>, RecordedNode> joinsByRelations(RecordedNode root) {
    Map<TreeSet<String>, RecordedNode> joins = new HashMap<>();
    root.stream()
        .filter(n -> n.operation().isJoin())
        .forEach(n -> joins.putIfAbsent(new TreeSet<>(leafOrder(n)), n));
    return joins;
  }

  /** The relations a subtree reads, in the order the plan reads them (outer before inner). */
  private static List<String> leafOrder(RecordedNode node) {
    return AccessPath.of(node).stream().map(AccessPath::key).toList();
  }

  private static boolean hasJoin(RecordedNode root) {
    return root.stream().anyMatch(n -> n.operation().isJoin());
  }

  private static List<String> names(TreeSet<String> keys) {
    return relationsOf(List.copyOf(keys));
  }

  private static List<String> relationsOf(List<String> keys) {
    return keys.stream().map(k -> k.substring(0, k.lastIndexOf('/'))).toList();
  }

  private static String label(RecordedNode join) {
    return join.nodeType() != null ? join.nodeType() : join.operation().name();
  }
}
