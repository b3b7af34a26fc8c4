package io.queryscope.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanNodeTest {

  private static PlanNode scan(String table, double msPerLoop, long loops) {
    return PlanNode.builder(Operation.FULL_SCAN)
        .relation(table)
        .actuals(new Actuals(10, 0, msPerLoop, loops))
        .build();
  }

  @Test
  void exclusiveTimeSubtractsChildrenAcrossLoops() {
    PlanNode join =
        PlanNode.builder(Operation.NESTED_LOOP)
            .actuals(new Actuals(100, 0, 50, 1))
            .child(scan("customers", 5, 1))
            .child(scan("orders", 0.4, 100))
            .build();
    assertThat(join.exclusiveTimeMs()).isEqualTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(join.stream().map(PlanNode::relation)).containsExactly(null, "customers", "orders");
  }

  @Test
  void detailsKeepTheServersOrder() {
    PlanNode node =
        PlanNode.builder(Operation.INDEX_SCAN)
            .detail("possible_keys", "a,b")
            .detail("key_length", "4")
            .detail("filtered", "10.00")
            .detail("ignored", null)
            .build();
    assertThat(node.details().keySet()).containsExactly("possible_keys", "key_length", "filtered");
    assertThat(node.toBuilder().build()).isEqualTo(node);
  }

  @Test
  void notAnalysedNodesHaveNoTime() {
    assertThat(PlanNode.builder(Operation.SORT).build().exclusiveTimeMs()).isNaN();
  }
}
