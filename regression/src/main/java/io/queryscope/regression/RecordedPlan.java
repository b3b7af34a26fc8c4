package io.queryscope.regression;

import io.queryscope.core.plan.Buffers;
import io.queryscope.core.plan.Plan;

/**
 * One statement's plan as a baseline keeps it.
 *
 * @param shapeHash {@link PlanShape#hash} of {@code root}
 * @param analyzed true when the statement ran and actual rows are filled
 * @param timing null unless the statement ran
 * @param buffers the whole statement's block counts when it ran with buffers (PostgreSQL); null
 *     otherwise
 */
public record RecordedPlan(
    RecordedNode root, String shapeHash, boolean analyzed, Timing timing, Buffers buffers) {

  public static RecordedPlan of(RecordedNode root, boolean analyzed, Timing timing) {
    return of(root, analyzed, timing, null);
  }

  public static RecordedPlan of(
      RecordedNode root, boolean analyzed, Timing timing, Buffers buffers) {
    return new RecordedPlan(root, PlanShape.hash(root), analyzed, timing, buffers);
  }

  /** The root's buffers are cumulative: they stand for the statement. */
  public static RecordedPlan from(Plan plan, Timing timing) {
    return of(RecordedNode.from(plan.root()), plan.analyzed(), timing, plan.root().buffers());
  }

  /** Blocks written to temporary files: a sort, hash or materialisation that did not fit. */
  public long tempBlocksWritten() {
    return buffers == null ? 0 : Math.max(0, buffers.tempWritten());
  }

  /** What the planner thinks the statement costs; NaN when the server did not say. */
  public double totalCost() {
    return root.cost();
  }

  /** The worst row-estimate error of any node that ran; NaN when nothing ran. */
  public double worstEstimateError() {
    return root.stream()
        .mapToDouble(RecordedNode::estimateError)
        .filter(e -> !Double.isNaN(e))
        .max()
        .orElse(Double.NaN);
  }
}
