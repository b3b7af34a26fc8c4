package io.queryscope.postgresql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;

/**
 * A stable JSON rendering of the neutral plan tree, raw JSON left out: what a recorded plan parses
 * into, stored beside it so that a parser change or a hand edit shows up as a diff.
 */
final class PlanModelJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanModelJson() {}

  static String render(Plan plan) {
    ObjectNode out = JSON.createObjectNode();
    out.put("dialect", plan.dialect().id());
    out.put("source", plan.source().name());
    out.put("analyzed", plan.analyzed());
    number(out, "planningTimeMs", plan.planningTimeMs());
    number(out, "executionTimeMs", plan.executionTimeMs());
    ArrayNode warnings = out.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    out.set("root", node(plan.root()));
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(printer).writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode node(PlanNode n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("operation", n.operation().name());
    o.put("nodeType", n.nodeType());
    text(o, "relation", n.relation());
    text(o, "schema", n.schema());
    text(o, "alias", n.alias());
    text(o, "index", n.index());
    text(o, "indexCondition", n.indexCondition());
    text(o, "filter", n.filter());
    text(o, "joinCondition", n.joinCondition());
    text(o, "joinType", n.joinType());
    ObjectNode est = o.putObject("estimates");
    number(est, "startupCost", n.estimates().startupCost());
    number(est, "totalCost", n.estimates().totalCost());
    number(est, "rows", n.estimates().rows());
    number(est, "rowsExamined", n.estimates().rowsExamined());
    est.put("width", n.estimates().width());
    if (n.actuals() != null) {
      ObjectNode a = o.putObject("actuals");
      number(a, "rows", n.actuals().rows());
      number(a, "startupTimeMs", n.actuals().startupTimeMs());
      number(a, "totalTimeMs", n.actuals().totalTimeMs());
      a.put("loops", n.actuals().loops());
    }
    o.put("rowsRemovedByFilter", n.rowsRemovedByFilter());
    o.put("rowsRemovedByRecheck", n.rowsRemovedByRecheck());
    if (n.sort() != null) {
      ObjectNode s = o.putObject("sort");
      ArrayNode keys = s.putArray("keys");
      n.sort().keys().forEach(keys::add);
      text(s, "method", n.sort().method());
      s.put("spaceKb", n.sort().spaceKb());
      s.put("spilledToDisk", n.sort().spilledToDisk());
    }
    if (n.hash() != null) {
      ObjectNode h = o.putObject("hash");
      h.put("batches", n.hash().batches());
      h.put("originalBatches", n.hash().originalBatches());
      h.put("peakMemoryKb", n.hash().peakMemoryKb());
    }
    if (n.buffers() != null) {
      ObjectNode b = o.putObject("buffers");
      b.put("sharedHit", n.buffers().sharedHit());
      b.put("sharedRead", n.buffers().sharedRead());
      b.put("tempRead", n.buffers().tempRead());
      b.put("tempWritten", n.buffers().tempWritten());
    }
    o.put("heapFetches", n.heapFetches());
    o.put("workersPlanned", n.workersPlanned());
    o.put("workersLaunched", n.workersLaunched());
    if (!n.details().isEmpty()) {
      ObjectNode d = o.putObject("details");
      n.details().forEach(d::put);
    }
    if (!n.children().isEmpty()) {
      ArrayNode children = o.putArray("children");
      n.children().forEach(c -> children.add(node(c)));
    }
    return o;
  }

  private static void text(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  /** NaN (not reported) becomes null: JSON has no NaN. */
  private static void number(ObjectNode o, String key, double value) {
    if (Double.isNaN(value)) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
