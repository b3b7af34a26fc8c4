package io.queryscope.regression;

import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import java.util.List;
import java.util.stream.Stream;

/**
 * One plan node as a baseline keeps it: the shape (operation, relation, index, join type) plus the
 * figures worth comparing. Doubles are NaN and counts -1 when the server did not report them.
 *
 * @param nodeType the server's own name, for display only (not part of the shape)
 * @param strategy how an aggregate ran ({@code Hashed}, {@code Sorted}), when the server says
 * @param cost the planner's cumulative cost of this node
 * @param rows estimated rows per loop
 * @param actualRows rows per loop when the statement ran
 * @param spilledToDisk true when a sort or hash of this node went to disk
 */
public record RecordedNode(
    Operation operation,
    String nodeType,
    String relation,
    String alias,
    String index,
    String joinType,
    String strategy,
    double cost,
    double rows,
    double actualRows,
    long loops,
    boolean spilledToDisk,
    List<RecordedNode> children) {

  public RecordedNode {
    children = List.copyOf(children == null ? List.of() : children);
  }

  /** Keeps what a baseline needs from a parsed node, and nothing the server adds per run. */
  public static RecordedNode from(PlanNode node) {
    boolean spilled =
        (node.sort() != null && node.sort().spilledToDisk())
            || (node.hash() != null && node.hash().spilledToDisk());
    return new RecordedNode(
        node.operation(),
        node.nodeType(),
        node.relation(),
        node.alias() == null || node.alias().equals(node.relation()) ? null : node.alias(),
        node.index(),
        node.joinType(),
        strategy(node),
        node.estimates().totalCost(),
        node.estimates().rows(),
        node.actuals() == null ? Double.NaN : node.actuals().rows(),
        node.actuals() == null ? -1 : node.actuals().loops(),
        spilled,
        node.children().stream().map(RecordedNode::from).toList());
  }

  /** PostgreSQL's aggregate strategy, under the name its dialect gives the detail. */
  private static String strategy(PlanNode node) {
    String strategy = node.details().get("strategy");
    return strategy != null ? strategy : node.details().get("Strategy");
  }

  /** This node and every node below it, parents before children. */
  public Stream<RecordedNode> stream() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(RecordedNode::stream));
  }

  /**
   * How far the estimate was off, as a factor ≥ 1 (the q-error); NaN when the node did not run.
   * Both sides are floored at one row, so 0 vs 1 row is not an infinite error.
   */
  public double estimateError() {
    if (Double.isNaN(actualRows) || Double.isNaN(rows)) {
      return Double.NaN;
    }
    double estimated = Math.max(1, rows);
    double actual = Math.max(1, actualRows);
    return Math.max(estimated, actual) / Math.min(estimated, actual);
  }

  /** The shape part alone, one line: {@code INDEX_SCAN on orders using orders_pkey}. */
  String shapeLabel() {
    StringBuilder label = new StringBuilder(operation.name());
    if (joinType != null) {
      label.append(" (").append(joinType).append(')');
    }
    if (relation != null) {
      label.append(" on ").append(relation);
    }
    if (index != null) {
      label.append(" using ").append(index);
    }
    return label.toString();
  }

  /** How a person reads the node: the server's own name, the table, the index. */
  String displayLabel() {
    StringBuilder label = new StringBuilder(nodeType != null ? nodeType : operation.name());
    if (strategy != null && operation == Operation.AGGREGATE) {
      label.append(" (").append(strategy).append(')');
    }
    if (joinType != null) {
      label.append(" (").append(joinType).append(')');
    }
    if (index != null) {
      label.append(" using ").append(index);
    }
    if (relation != null) {
      label.append(" on ").append(relation);
      if (alias != null && !alias.equals(relation)) {
        label.append(' ').append(alias);
      }
    }
    return label.toString();
  }
}
