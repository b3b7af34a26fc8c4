package io.queryscope.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.report.plantree.AnnotatedNode;
import io.queryscope.report.plantree.AnnotatedPlan;
import io.queryscope.report.plantree.NodeDetails;
import io.queryscope.report.plantree.PlanAnnotator;

/** An annotated plan as the JSON the HTML report's script draws its trees from. */
final class PlanJson {

  private PlanJson() {}

  static ObjectNode of(Plan plan) {
    AnnotatedPlan annotated = PlanAnnotator.annotate(plan);
    ObjectNode o = JsonReport.MAPPER.createObjectNode();
    o.put("dialect", plan.dialect() == null ? null : plan.dialect().id());
    o.put("analyzed", plan.analyzed());
    o.put("basis", annotated.basis().name().toLowerCase(java.util.Locale.ROOT));
    putNumber(o, "executionMs", plan.executionTimeMs());
    putNumber(o, "planningMs", plan.planningTimeMs());
    ArrayNode warnings = o.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    o.set("root", node(annotated.root()));
    return o;
  }

  private static ObjectNode node(AnnotatedNode n) {
    PlanNode p = n.node();
    ObjectNode o = JsonReport.MAPPER.createObjectNode();
    o.put("id", n.id());
    o.put("label", n.label());
    o.put("operation", p.operation().name());
    putNumber(o, "estRows", p.estimates().rows());
    putNumber(o, "cost", p.estimates().totalCost());
    if (p.actuals() != null) {
      putNumber(o, "actRows", p.actuals().rows());
      o.put("loops", p.actuals().loops());
      putNumber(o, "ownMs", p.exclusiveTimeMs());
    }
    putNumber(o, "factor", n.misestimateFactor());
    o.put("misestimated", n.misestimated());
    if (n.misestimated()) {
      o.put("direction", n.misestimateDirection());
    }
    putNumber(o, "share", n.share());
    o.put("dominant", n.dominant());
    ArrayNode details = o.putArray("details");
    NodeDetails.of(p).forEach(details::add);
    ArrayNode children = o.putArray("children");
    n.children().forEach(c -> children.add(node(c)));
    return o;
  }

  private static void putNumber(ObjectNode o, String field, double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      o.putNull(field);
    } else {
      o.put(field, v);
    }
  }
}
