package io.queryscope.regression;

import static io.queryscope.regression.TestPlans.fullScan;
import static io.queryscope.regression.TestPlans.indexScan;
import static io.queryscope.regression.TestPlans.join;
import static io.queryscope.regression.TestPlans.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import org.junit.jupiter.api.Test;

class PlanShapeTest {

  private static PlanNode ordersJoin(double cost, double rows) {
    return join(
        Operation.HASH_JOIN,
        cost,
        fullScan("orders", cost / 2, rows),
        indexScan("customers", "customers_pkey", cost / 4, rows / 10));
  }

  @Test
  void numbersDoNotChangeTheShape() {
    assertThat(plan(ordersJoin(100, 1000)).shapeHash())
        .isEqualTo(plan(ordersJoin(5000, 70000)).shapeHash())
        .hasSize(16)
        .matches("[0-9a-f]{16}");
  }

  @Test
  void anotherIndexOrJoinMethodIsAnotherShape() {
    String hash = plan(ordersJoin(100, 1000)).shapeHash();
    PlanNode otherIndex =
        join(
            Operation.HASH_JOIN,
            100,
            fullScan("orders", 50, 1000),
            indexScan("customers", "customers_email_key", 25, 100));
    PlanNode otherMethod =
        join(
            Operation.NESTED_LOOP,
            100,
            fullScan("orders", 50, 1000),
            indexScan("customers", "customers_pkey", 25, 100));
    assertThat(plan(otherIndex).shapeHash()).isNotEqualTo(hash);
    assertThat(plan(otherMethod).shapeHash()).isNotEqualTo(hash);
  }

  @Test
  void schemaAliasAndServerNamesAreNotPartOfTheShape() {
    PlanNode plain = indexScan("orders", "orders_pkey", 8, 1);
    PlanNode qualified =
        plain.toBuilder().schema("shop").alias("o").nodeType("Index Scan Backward").build();
    assertThat(plan(qualified).shapeHash()).isEqualTo(plan(plain).shapeHash());
  }

  @Test
  void canonicalTextNamesOperationsRelationsIndexesAndJoinTypes() {
    assertThat(PlanShape.canonical(RecordedNode.from(ordersJoin(100, 10))))
        .isEqualTo(
            "HASH_JOIN[join=Inner](FULL_SCAN[rel=orders],"
                + "INDEX_SCAN[rel=customers;idx=customers_pkey])");
  }

  @Test
  void separatorsInNamesCannotForgeAnotherShape() {
    PlanNode tricky = indexScan("a;idx=b", null, 1, 1);
    PlanNode honest = indexScan("a", "b", 1, 1);
    assertThat(plan(tricky).shapeHash()).isNotEqualTo(plan(honest).shapeHash());
  }
}
