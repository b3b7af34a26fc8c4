package io.queryscope.regression;

import static io.queryscope.regression.TestPlans.fullScan;
import static io.queryscope.regression.TestPlans.indexScan;
import static io.queryscope.regression.TestPlans.join;
import static io.queryscope.regression.TestPlans.sort;
import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.plan.Operation;
import io.queryscope.regression.SideBySideDiff.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideDiffTest {

  @Test
  void linesUpEqualNodesAndMarksTheChangedOne() {
    RecordedNode before =
        RecordedNode.from(
            join(
                Operation.NESTED_LOOP,
                100,
                fullScan("customers", 10, 10),
                indexScan("orders", "orders_customer_idx", 8, 5)));
    RecordedNode after =
        RecordedNode.from(
            join(
                Operation.NESTED_LOOP,
                900,
                fullScan("customers", 10, 10),
                fullScan("orders", 80, 5)));
    List<Row> rows = SideBySideDiff.rows(before, after);
    assertThat(rows)
        .containsExactly(
            new Row("NESTED_LOOP (Inner)", ' ', "NESTED_LOOP (Inner)"),
            new Row("  Seq Scan on customers", ' ', "  Seq Scan on customers"),
            new Row(
                "  Index Scan using orders_customer_idx on orders", '|', "  Seq Scan on orders"));
  }

  @Test
  void marksNodesOnlyOneSideHas() {
    RecordedNode before = RecordedNode.from(indexScan("orders", "orders_created_idx", 10, 10));
    RecordedNode after = RecordedNode.from(sort(20, fullScan("orders", 10, 10), false));
    List<Row> rows = SideBySideDiff.rows(before, after);
    assertThat(rows)
        .containsExactly(
            new Row("Index Scan using orders_created_idx on orders", '|', "Sort"),
            new Row("", '>', "  Seq Scan on orders"));
  }

  @Test
  void rendersTwoAlignedColumnsUnderAHeader() {
    RecordedNode before = RecordedNode.from(indexScan("orders", "orders_pkey", 8, 1));
    RecordedNode after = RecordedNode.from(fullScan("orders", 80, 1));
    String text = SideBySideDiff.render(before, after);
    assertThat(text.lines().toList())
        .containsExactly(
            "baseline" + " ".repeat(30) + "   current",
            "Index Scan using orders_pkey on orders | Seq Scan on orders");
  }

  @Test
  void aMissingCurrentPlanShowsTheBaselineAlone() {
    RecordedNode before = RecordedNode.from(indexScan("orders", "orders_pkey", 8, 1));
    assertThat(SideBySideDiff.rows(before, null))
        .containsExactly(new Row("Index Scan using orders_pkey on orders", '<', ""));
  }
}
