package io.queryscope.report.plantree;

import io.queryscope.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plan ready to show.
 *
 * @param basis what {@link AnnotatedNode#share()} measures
 */
public record AnnotatedPlan(Plan plan, AnnotatedNode root, ShareBasis basis) {

  /** What a node's share is a share of. */
  public enum ShareBasis {
    /** Own time from EXPLAIN ANALYZE. */
    TIME,
    /** Own planner cost, when the plan did not run. */
    COST,
    /** Neither was reported. */
    NONE
  }

  /** Every node, parents before children. */
  public List<AnnotatedNode> nodes() {
    List<AnnotatedNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  public Optional<AnnotatedNode> dominant() {
    return nodes().stream().filter(AnnotatedNode::dominant).findFirst();
  }

  private static void collect(AnnotatedNode node, List<AnnotatedNode> out) {
    out.add(node);
    node.children().forEach(c -> collect(c, out));
  }
}
