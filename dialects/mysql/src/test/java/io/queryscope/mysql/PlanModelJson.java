package io.queryscope.mysql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable JSON rendering of the neutral plan without raw server text: what the golden files store
 * beside each recorded plan. Absent values (NaN, -1, null) are left out so the files stay short.
 */
final class PlanModelJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanModelJson() {}

  static String render(Plan plan) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dialect", plan.dialect().id());
    out.put("source", plan.source().name());
    out.put("analyzed", plan.analyzed());
    put(out, "planningTimeMs", plan.planningTimeMs());
    put(out, "executionTimeMs", plan.executionTimeMs());
    if (!plan.warnings().isEmpty()) {
      out.put("warnings", plan.warnings());
    }
    out.put("root", node(plan.root()));
    try {
      return JSON.writeValueAsString(out).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> node(PlanNode n) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operation", n.operation().name());
    put(out, "nodeType", n.nodeType());
    put(out, "relation", n.relation());
    put(out, "schema", n.schema());
    put(out, "alias", n.alias());
    put(out, "index", n.index());
    put(out, "indexCondition", n.indexCondition());
    put(out, "filter", n.filter());
    put(out, "joinCondition", n.joinCondition());
    put(out, "joinType", n.joinType());
    Estimates e = n.estimates();
    Map<String, Object> est = new LinkedHashMap<>();
    put(est, "startupCost", e.startupCost());
    put(est, "totalCost", e.totalCost());
    put(est, "rows", e.rows());
    put(est, "rowsExamined", e.rowsExamined());
    if (!est.isEmpty()) {
      out.put("estimates", est);
    }
    Actuals a = n.actuals();
    if (a != null) {
      Map<String, Object> act = new LinkedHashMap<>();
      put(act, "rows", a.rows());
      put(act, "startupTimeMs", a.startupTimeMs());
      put(act, "totalTimeMs", a.totalTimeMs());
      act.put("loops", a.loops());
      out.put("actuals", act);
    }
    if (n.rowsRemovedByFilter() >= 0) {
      out.put("rowsRemovedByFilter", n.rowsRemovedByFilter());
    }
    if (n.sort() != null) {
      Map<String, Object> sort = new LinkedHashMap<>();
      sort.put("keys", n.sort().keys());
      put(sort, "method", n.sort().method());
      if (n.sort().spaceKb() >= 0) {
        sort.put("spaceKb", n.sort().spaceKb());
      }
      sort.put("spilledToDisk", n.sort().spilledToDisk());
      out.put("sort", sort);
    }
    if (!n.details().isEmpty()) {
      out.put("details", n.details());
    }
    if (!n.children().isEmpty()) {
      List<Object> children = new ArrayList<>();
      n.children().forEach(c -> children.add(node(c)));
      out.put("children", children);
    }
    return out;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value instanceof Double d && d.isNaN()) {
      return;
    }
    if (value != null) {
      map.put(key, value);
    }
  }
}
