package io.queryscope.report.plantree;

import io.queryscope.core.plan.PlanNode;
import io.queryscope.report.text.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines shown under a node's headline in every plan view (terminal and HTML). */
public final class NodeDetails {

  private NodeDetails() {}

  /** Conditions and facts below the headline, including keys the dialect did not map. */
  public static List<String> of(PlanNode node) {
    List<String> out = new ArrayList<>();
    if (node.indexCondition() != null) {
      out.add("Index Cond: " + node.indexCondition());
    }
    if (node.joinCondition() != null) {
      out.add("Join Cond: " + node.joinCondition());
    }
    if (node.filter() != null) {
      out.add(
          "Filter: "
              + node.filter()
              + (node.rowsRemovedByFilter() > 0
                  ? "  (removed " + Figures.count(node.rowsRemovedByFilter()) + " rows)"
                  : ""));
    }
    if (node.sort() != null) {
      out.add(
          "Sort: "
              + String.join(", ", node.sort().keys())
              + (node.sort().method() == null ? "" : "  " + node.sort().method())
              + (node.sort().spaceKb() > 0
                  ? "  " + Figures.count(node.sort().spaceKb()) + " kB"
                  : "")
              + (node.sort().spilledToDisk() ? "  SPILLED TO DISK" : ""));
    }
    if (node.hash() != null && node.hash().batches() > 0) {
      out.add(
          "Hash: "
              + node.hash().batches()
              + " batch(es), "
              + Figures.count(node.hash().peakMemoryKb())
              + " kB"
              + (node.hash().spilledToDisk() ? "  SPILLED TO DISK" : ""));
    }
    if (node.buffers() != null) {
      out.add(
          "Buffers: hit "
              + Figures.count(node.buffers().sharedHit())
              + ", read "
              + Figures.count(node.buffers().sharedRead())
              + (node.buffers().tempWritten() > 0
                  ? ", temp written " + Figures.count(node.buffers().tempWritten())
                  : ""));
    }
    for (Map.Entry<String, String> e : node.details().entrySet()) {
      // "parallelAware: false" and the like say nothing a reader needs.
      if ("false".equals(e.getValue())) {
        continue;
      }
      out.add(e.getKey() + ": " + e.getValue());
    }
    return out;
  }
}
