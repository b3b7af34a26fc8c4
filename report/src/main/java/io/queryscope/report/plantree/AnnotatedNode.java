package io.queryscope.report.plantree;

import io.queryscope.core.plan.PlanNode;
import java.util.List;

/**
 * A plan node with the figures a reader looks for first.
 *
 * @param id position in depth-first order from 0, stable for one plan (HTML anchors use it)
 * @param rowRatio actual rows over estimated rows per loop (both floored at 1); NaN unless analysed
 * @param share this node's own time (analysed) or own cost (estimated) as a share of the whole
 * @param dominant true for the one node with the largest share
 */
public record AnnotatedNode(
    int id,
    PlanNode node,
    int depth,
    double rowRatio,
    double share,
    boolean dominant,
    List<AnnotatedNode> children) {

  /** How far the estimate was off, either way: 1 when exact, 10 for an order of magnitude. */
  public double misestimateFactor() {
    if (Double.isNaN(rowRatio)) {
      return Double.NaN;
    }
    return rowRatio >= 1 ? rowRatio : 1 / rowRatio;
  }

  /** True when the planner was off by at least an order of magnitude. */
  public boolean misestimated() {
    return misestimateFactor() >= 10;
  }

  /** "under" when more rows came than expected, "over" when fewer. */
  public String misestimateDirection() {
    return rowRatio >= 1 ? "under-estimated" : "over-estimated";
  }

  /**
   * {@code Seq Scan on orders}, {@code Index Scan using idx on orders o}: the server's own node
   * name (unknown nodes keep theirs), then what it reads.
   */
  public String label() {
    String type =
        node.nodeType() != null && !node.nodeType().isBlank()
            ? node.nodeType()
            : node.operation().name();
    StringBuilder b = new StringBuilder(type);
    if (node.joinType() != null && node.operation().isJoin() && !type.contains(node.joinType())) {
      b.append(" (").append(node.joinType()).append(')');
    }
    if (node.index() != null) {
      b.append(" using ").append(node.index());
    }
    if (node.relation() != null) {
      b.append(" on ").append(node.relation());
      if (node.alias() != null && !node.alias().equals(node.relation())) {
        b.append(' ').append(node.alias());
      }
    }
    return b.toString();
  }
}
