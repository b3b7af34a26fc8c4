package io.queryscope.report.plantree;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.report.text.Ansi;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanAnnotatorTest {

  private static Plan plan(PlanNode root, boolean analyzed) {
    return new Plan(
        DatabaseKind.POSTGRESQL,
        "select 1",
        Plan.PlanSource.FILE,
        root,
        analyzed,
        0.1,
        10,
        List.of(),
        "{}");
  }

  @Test
  void executedPlanSharesTimeAndMarksTheNodeThatDominates() {
    PlanNode scan =
        PlanNode.builder(Operation.FULL_SCAN)
            .nodeType("Seq Scan")
            .relation("orders")
            .estimates(new Estimates(0, 100, 10, Double.NaN, 8))
            .actuals(new Actuals(5000, 0, 8.0, 1))
            .build();
    PlanNode sort =
        PlanNode.builder(Operation.SORT)
            .nodeType("Sort")
            .estimates(new Estimates(0, 120, 10, Double.NaN, 8))
            .actuals(new Actuals(5000, 0, 10.0, 1))
            .child(scan)
            .build();
    AnnotatedPlan annotated = PlanAnnotator.annotate(plan(sort, true));
    assertThat(annotated.basis()).isEqualTo(AnnotatedPlan.ShareBasis.TIME);
    AnnotatedNode root = annotated.root();
    AnnotatedNode scanNode = root.children().get(0);
    assertThat(scanNode.share()).isEqualTo(0.8);
    assertThat(root.share()).isEqualTo(0.2);
    assertThat(scanNode.dominant()).isTrue();
    assertThat(root.dominant()).isFalse();
    assertThat(scanNode.misestimateFactor()).isEqualTo(500);
    assertThat(scanNode.misestimateDirection()).isEqualTo("under-estimated");
    assertThat(annotated.dominant()).contains(scanNode);
  }

  @Test
  void estimatedPlanSharesOwnCostAndKeepsUnknownNodes() {
    PlanNode inner =
        PlanNode.builder(Operation.OTHER)
            .nodeType("Foreign Magic")
            .detail("Magic Level", "9")
            .estimates(new Estimates(0, 30, 1, Double.NaN, 8))
            .build();
    PlanNode root =
        PlanNode.builder(Operation.AGGREGATE)
            .nodeType("Aggregate")
            .estimates(new Estimates(0, 100, 1, Double.NaN, 8))
            .child(inner)
            .build();
    AnnotatedPlan annotated = PlanAnnotator.annotate(plan(root, false));
    assertThat(annotated.basis()).isEqualTo(AnnotatedPlan.ShareBasis.COST);
    assertThat(annotated.root().share()).isEqualTo(0.7);
    assertThat(annotated.root().dominant()).isTrue();
    assertThat(annotated.root().children().get(0).misestimateFactor()).isNaN();
    List<String> lines = new PlanTreeText(Ansi.OFF).lines(annotated);
    assertThat(lines.get(0)).startsWith("Aggregate").contains("70% of cost").contains("◀ dominant");
    assertThat(lines).anyMatch(l -> l.startsWith("└─ Foreign Magic"));
    assertThat(lines).anyMatch(l -> l.contains("Magic Level: 9"));
  }
}
