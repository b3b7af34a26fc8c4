package io.queryscope.report.plantree;

import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.report.plantree.AnnotatedPlan.ShareBasis;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Computes each node's misestimate and share and finds the node that dominates. */
public final class PlanAnnotator {

  private PlanAnnotator() {}

  public static AnnotatedPlan annotate(Plan plan) {
    ShareBasis basis = basisOf(plan);
    Map<PlanNode, Double> own = new IdentityHashMap<>();
    plan.root().walk(n -> own.put(n, ownAmount(n, basis)));
    double total = own.values().stream().filter(v -> !v.isNaN()).mapToDouble(v -> v).sum();
    PlanNode dominant = null;
    double best = 0;
    for (Map.Entry<PlanNode, Double> e : own.entrySet()) {
      if (!e.getValue().isNaN() && e.getValue() > best) {
        best = e.getValue();
        dominant = e.getKey();
      }
    }
    int[] ids = {0};
    AnnotatedNode root = build(plan.root(), 0, own, total, dominant, ids);
    return new AnnotatedPlan(plan, root, basis);
  }

  private static ShareBasis basisOf(Plan plan) {
    PlanNode root = plan.root();
    if (root.actuals() != null && !Double.isNaN(root.actuals().totalTimeMs())) {
      return ShareBasis.TIME;
    }
    if (!Double.isNaN(root.estimates().totalCost())) {
      return ShareBasis.COST;
    }
    return ShareBasis.NONE;
  }

  /** A node's own time or cost: inclusive minus its children's, as both servers report totals. */
  private static double ownAmount(PlanNode node, ShareBasis basis) {
    return switch (basis) {
      case TIME -> node.exclusiveTimeMs();
      case COST -> ownCost(node);
      case NONE -> Double.NaN;
    };
  }

  private static double ownCost(PlanNode node) {
    double cost = node.estimates().totalCost();
    if (Double.isNaN(cost)) {
      return Double.NaN;
    }
    for (PlanNode child : node.children()) {
      double c = child.estimates().totalCost();
      if (!Double.isNaN(c)) {
        cost -= c;
      }
    }
    return Math.max(0, cost);
  }

  private static AnnotatedNode build(
      PlanNode node,
      int depth,
      Map<PlanNode, Double> own,
      double total,
      PlanNode dominant,
      int[] ids) {
    int id = ids[0]++;
    List<AnnotatedNode> children = new ArrayList<>();
    for (PlanNode child : node.children()) {
      children.add(build(child, depth + 1, own, total, dominant, ids));
    }
    double amount = own.getOrDefault(node, Double.NaN);
    double share = total > 0 && !Double.isNaN(amount) ? amount / total : Double.NaN;
    return new AnnotatedNode(id, node, depth, rowRatio(node), share, node == dominant, children);
  }

  private static double rowRatio(PlanNode node) {
    if (node.actuals() == null || Double.isNaN(node.estimates().rows())) {
      return Double.NaN;
    }
    double actual = Math.max(1, node.actuals().rows());
    double estimated = Math.max(1, node.estimates().rows());
    return actual / estimated;
  }
}
