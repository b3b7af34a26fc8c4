package io.queryscope.report.plantree;

import io.queryscope.core.plan.PlanNode;
import io.queryscope.report.plantree.AnnotatedPlan.ShareBasis;
import io.queryscope.report.text.Ansi;
import io.queryscope.report.text.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an annotated plan as a terminal tree: one line per node with rows (estimated → actual and
 * the misestimate), its share of time or cost, the dominant node marked; details indented below.
 */
public final class PlanTreeText {

  private final Ansi ansi;

  public PlanTreeText(Ansi ansi) {
    this.ansi = ansi;
  }

  public List<String> lines(AnnotatedPlan plan) {
    List<String> out = new ArrayList<>();
    draw(plan, plan.root(), "", "", out);
    if (plan.plan().analyzed() && !Double.isNaN(plan.plan().executionTimeMs())) {
      out.add(
          ansi.dim(
              "execution "
                  + Figures.millis(plan.plan().executionTimeMs())
                  + (Double.isNaN(plan.plan().planningTimeMs())
                      ? ""
                      : ", planning " + Figures.millis(plan.plan().planningTimeMs()))));
    }
    for (String warning : plan.plan().warnings()) {
      out.add(ansi.dim("note: " + warning));
    }
    return out;
  }

  private void draw(
      AnnotatedPlan plan, AnnotatedNode n, String lead, String childLead, List<String> out) {
    out.add(lead + headline(plan.basis(), n));
    String detailLead = childLead + (n.children().isEmpty() ? "   " : "│  ");
    for (String d : NodeDetails.of(n.node())) {
      out.add(detailLead + ansi.dim(d));
    }
    for (int i = 0; i < n.children().size(); i++) {
      boolean last = i == n.children().size() - 1;
      draw(
          plan,
          n.children().get(i),
          childLead + (last ? "└─ " : "├─ "),
          childLead + (last ? "   " : "│  "),
          out);
    }
  }

  private String headline(ShareBasis basis, AnnotatedNode n) {
    PlanNode node = n.node();
    StringBuilder b = new StringBuilder();
    b.append(n.dominant() ? ansi.boldRed(n.label()) : ansi.bold(n.label()));
    String rows = rows(n);
    if (!rows.isEmpty()) {
      b.append("  ").append(rows);
    }
    if (node.actuals() != null && node.actuals().loops() > 1) {
      b.append("  loops ").append(Figures.count(node.actuals().loops()));
    }
    if (!Double.isNaN(node.estimates().totalCost())) {
      b.append(ansi.dim("  cost " + Figures.cost(node.estimates().totalCost())));
    }
    if (!Double.isNaN(n.share())) {
      String share =
          (basis == ShareBasis.TIME ? Figures.millis(node.exclusiveTimeMs()) + " = " : "")
              + Figures.percent(n.share())
              + (basis == ShareBasis.TIME ? " of time" : " of cost");
      b.append("  ").append(n.share() >= 0.5 ? ansi.red(share) : share);
    }
    if (n.dominant()) {
      b.append("  ").append(ansi.boldRed("◀ dominant"));
    }
    return b.toString();
  }

  private String rows(AnnotatedNode n) {
    PlanNode node = n.node();
    if (node.actuals() == null && Double.isNaN(node.estimates().rows())) {
      return "";
    }
    String est = "rows " + Figures.rows(node.estimates().rows());
    if (node.actuals() == null) {
      return est;
    }
    String text = est + " → " + Figures.rows(node.actuals().rows()) + " actual";
    if (n.misestimated()) {
      String miss =
          " (" + Figures.factor(n.misestimateFactor()) + " " + n.misestimateDirection() + ")";
      return text + ansi.yellow(miss);
    }
    return text;
  }
}
