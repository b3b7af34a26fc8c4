package io.queryscope.cli.explain;

import io.queryscope.core.finding.Finding;
import io.queryscope.core.plan.Plan;
import io.queryscope.report.ReportDocument;
import io.queryscope.report.plantree.AnnotatedPlan;
import io.queryscope.report.plantree.PlanAnnotator;
import io.queryscope.report.plantree.PlanTreeText;
import io.queryscope.report.text.Ansi;
import io.queryscope.report.text.Figures;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The part of {@code explain}'s text output before the findings: the statement, its annotated plan
 * tree and the what-if result of each recommended index.
 */
final class ExplainText {

  private final Ansi ansi;

  ExplainText(boolean color) {
    this.ansi = Ansi.of(color);
  }

  void print(ReportDocument document, PrintWriter out) {
    for (Map.Entry<String, Plan> e : document.plans().entrySet()) {
      Plan plan = e.getValue();
      if (plan.sql() != null && !plan.sql().isBlank()) {
        out.println(ansi.bold("Statement") + "  " + ansi.dim("fingerprint " + e.getKey()));
        out.println("  " + plan.sql().strip().replace("\n", "\n  "));
        out.println();
      }
      AnnotatedPlan annotated = PlanAnnotator.annotate(plan);
      out.println(
          ansi.bold("Plan")
              + "  "
              + ansi.dim(
                  (plan.dialect() == null ? "" : plan.dialect().id() + ", ")
                      + (plan.analyzed() ? "executed" : "estimated, not executed")
                      + switch (annotated.basis()) {
                        case TIME -> ", shares are of time";
                        case COST -> ", shares are of cost";
                        case NONE -> ", no cost or time reported";
                      }));
      new PlanTreeText(ansi).lines(annotated).forEach(l -> out.println("  " + l));
      out.println();
    }
    boolean header = false;
    for (Finding f : document.report().findings()) {
      if (f.recommendation() == null || f.recommendation().index() == null) {
        continue;
      }
      if (!header) {
        out.println(ansi.bold("What-if"));
        header = true;
      }
      String ddl =
          f.recommendation().ddl() != null
              ? f.recommendation().ddl()
              : f.recommendation().index().suggestedName();
      var v = f.recommendation().verified();
      out.println(
          "  "
              + ddl
              + "\n    "
              + (v == null
                  ? ansi.yellow("not verified on the server (see notes)")
                  : ansi.green(
                      "cost "
                          + Figures.cost(v.costBefore())
                          + " → "
                          + Figures.cost(v.costAfter())
                          + " ("
                          + Figures.percent(v.improvement())
                          + " less, "
                          + v.method()
                          + ")")));
    }
    if (header) {
      out.println();
    }
    out.flush();
  }
}
