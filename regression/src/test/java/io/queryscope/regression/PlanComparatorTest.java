package io.queryscope.regression;

import static io.queryscope.regression.TestPlans.baseline;
import static io.queryscope.regression.TestPlans.fullScan;
import static io.queryscope.regression.TestPlans.indexOnlyScan;
import static io.queryscope.regression.TestPlans.indexScan;
import static io.queryscope.regression.TestPlans.join;
import static io.queryscope.regression.TestPlans.node;
import static io.queryscope.regression.TestPlans.plan;
import static io.queryscope.regression.TestPlans.ran;
import static io.queryscope.regression.TestPlans.sort;
import static io.queryscope.regression.TestPlans.timed;
import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.finding.Severity;
import io.queryscope.core.plan.Buffers;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.regression.PlanChange.Direction;
import io.queryscope.regression.StatementComparison.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanComparatorTest {

  private final PlanComparator comparator = new PlanComparator(Thresholds.DEFAULTS);

  private StatementComparison compare(PlanNode before, PlanNode after) {
    return compare(plan(before), plan(after));
  }

  private StatementComparison compare(RecordedPlan before, RecordedPlan after) {
    return comparator.compare(baseline("orders.sql#1", before), after);
  }

  private static List<ChangeKind> kinds(List<PlanChange> changes) {
    return changes.stream().map(PlanChange::kind).toList();
  }

  @Test
  void samePlanWithOtherNumbersUnderTheThresholdIsUnchanged() {
    StatementComparison result =
        compare(
            indexScan("orders", "orders_customer_idx", 100, 10),
            indexScan("orders", "orders_customer_idx", 140, 14));
    assertThat(result.changes()).isEmpty();
    assertThat(result.verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(result.failsAt(Severity.INFO)).isFalse();
  }

  @Test
  void failIndexScanBecameFullScanIsHigh() {
    StatementComparison result =
        compare(indexScan("orders", "orders_customer_idx", 12, 10), fullScan("orders", 12.5, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.REGRESSED);
    PlanChange change = result.regressions().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.INDEX_TO_FULL_SCAN);
    assertThat(change.severity()).isEqualTo(Severity.HIGH);
    assertThat(change.relation()).isEqualTo("orders");
    assertThat(change.detail())
        .isEqualTo("orders: index scan using orders_customer_idx → full scan");
    assertThat(result.failsAt(Severity.MEDIUM)).isTrue();
    assertThat(result.failsAt(Severity.CRITICAL)).isFalse();
  }

  @Test
  void passFullScanBecameIndexScanIsAnImprovement() {
    StatementComparison result =
        compare(fullScan("orders", 1200, 10), indexScan("orders", "orders_customer_idx", 12, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(result.regressions()).isEmpty();
    assertThat(kinds(result.improvements()))
        .containsExactlyInAnyOrder(ChangeKind.INDEX_TO_FULL_SCAN, ChangeKind.COST_UP);
    assertThat(result.improvements()).allMatch(c -> c.severity() == Severity.INFO);
  }

  @Test
  void failIndexOnlyScanBecamePlainIndexScanIsLow() {
    StatementComparison result =
        compare(
            indexOnlyScan("orders", "orders_status_idx", 10, 100),
            indexScan("orders", "orders_status_idx", 11, 100));
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.INDEX_ONLY_LOST);
    assertThat(result.worstSeverity()).contains(Severity.LOW);
    assertThat(result.failsAt(Severity.MEDIUM)).isFalse();
  }

  @Test
  void failADifferentIndexThatCostsMoreIsMedium() {
    StatementComparison result =
        compare(
            indexScan("orders", "orders_customer_created_idx", 10, 10),
            indexScan("orders", "orders_customer_idx", 12, 10));
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.DIFFERENT_INDEX);
    assertThat(result.regressions().get(0).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(result.regressions().get(0).detail())
        .contains("orders_customer_created_idx")
        .contains("orders_customer_idx");
  }

  @Test
  void passADifferentIndexThatCostsLessIsAnImprovement() {
    StatementComparison result =
        compare(
            indexScan("orders", "orders_customer_idx", 12, 10),
            indexScan("orders", "orders_customer_created_idx", 10, 10));
    assertThat(result.regressions()).isEmpty();
    assertThat(kinds(result.improvements())).containsExactly(ChangeKind.DIFFERENT_INDEX);
  }

  @Test
  void failJoinMethodChanged() {
    PlanNode before =
        join(
            Operation.NESTED_LOOP,
            100,
            fullScan("customers", 10, 10),
            indexScan("orders", "orders_customer_idx", 8, 5));
    PlanNode after =
        join(
            Operation.HASH_JOIN,
            120,
            fullScan("customers", 10, 10),
            indexScan("orders", "orders_customer_idx", 8, 5));
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.JOIN_METHOD_CHANGED);
    assertThat(result.regressions().get(0).relation()).isEqualTo("customers ⋈ orders");
    assertThat(result.regressions().get(0).detail()).contains("NESTED_LOOP → HASH_JOIN");
  }

  @Test
  void failJoinOrderChanged() {
    PlanNode before =
        join(Operation.HASH_JOIN, 100, fullScan("orders", 50, 1000), fullScan("customers", 5, 10));
    PlanNode after =
        join(Operation.HASH_JOIN, 110, fullScan("customers", 5, 10), fullScan("orders", 50, 1000));
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.JOIN_ORDER_CHANGED);
    assertThat(result.regressions().get(0).detail())
        .isEqualTo("join order orders, customers → customers, orders");
  }

  @Test
  void failSortAdded() {
    PlanNode before = indexScan("orders", "orders_created_idx", 100, 1000);
    PlanNode after = sort(130, fullScan("orders", 90, 1000), false);
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions()))
        .containsExactlyInAnyOrder(ChangeKind.INDEX_TO_FULL_SCAN, ChangeKind.SORT_OR_HASH_ADDED);
    assertThat(result.regressions())
        .filteredOn(c -> c.kind() == ChangeKind.SORT_OR_HASH_ADDED)
        .singleElement()
        .satisfies(c -> assertThat(c.detail()).isEqualTo("more sorts: 0 → 1"));
  }

  @Test
  void failHashAggregateAdded() {
    PlanNode scan = indexScan("orders", "orders_status_idx", 100, 1000);
    PlanNode.Builder sorted =
        node(Operation.AGGREGATE, 110, 5).detail("Strategy", "Sorted").child(scan);
    PlanNode.Builder hashed =
        node(Operation.AGGREGATE, 105, 5).detail("Strategy", "Hashed").child(scan);
    StatementComparison result = compare(sorted.build(), hashed.build());
    assertThat(kinds(result.changes())).containsExactly(ChangeKind.SORT_OR_HASH_ADDED);
    assertThat(result.verdict()).isEqualTo(Verdict.REGRESSED);
  }

  @Test
  void failSortSpilledToDiskNeedsAnalysedPlans() {
    PlanNode before = ran(sort(200, ran(fullScan("orders", 100, 1000), 1000), false), 1000);
    PlanNode after = ran(sort(200, ran(fullScan("orders", 100, 1000), 1000), true), 1000);
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.SPILL_TO_DISK);
    assertThat(result.worstSeverity()).contains(Severity.HIGH);
    assertThat(result.regressions().get(0).detail()).isEqualTo("spilled to disk: nothing → Sort");
  }

  @Test
  void failTempFilesWrittenCountAsASpillWhenNoNodeSaysSo() {
    PlanNode scan = ran(fullScan("orders", 100, 1000), 1000);
    RecordedPlan before =
        RecordedPlan.of(RecordedNode.from(scan), true, null, new Buffers(10, 5, 0, 0));
    RecordedPlan after =
        RecordedPlan.of(RecordedNode.from(scan), true, null, new Buffers(10, 5, 640, 640));
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.SPILL_TO_DISK);
    assertThat(result.regressions().get(0).detail())
        .isEqualTo("spilled to disk: nothing → 640 temp blocks written");
  }

  @Test
  void failCostAboveTheThresholdIsMediumAndTenfoldIsHigh() {
    PlanNode scan = indexScan("orders", "orders_customer_idx", 100, 10);
    StatementComparison medium = compare(scan, indexScan("orders", "orders_customer_idx", 151, 10));
    assertThat(kinds(medium.regressions())).containsExactly(ChangeKind.COST_UP);
    assertThat(medium.worstSeverity()).contains(Severity.MEDIUM);
    assertThat(medium.regressions().get(0).detail())
        .isEqualTo("total cost 100.00 → 151.00 (×1.51)");

    StatementComparison high = compare(scan, indexScan("orders", "orders_customer_idx", 1000, 10));
    assertThat(high.worstSeverity()).contains(Severity.HIGH);
  }

  @Test
  void passCostThresholdIsConfigurable() {
    PlanComparator lenient = new PlanComparator(Thresholds.DEFAULTS.withCostRatio(2));
    StatementComparison result =
        lenient.compare(
            baseline("a.sql#1", plan(indexScan("orders", "orders_customer_idx", 100, 10))),
            plan(indexScan("orders", "orders_customer_idx", 190, 10)));
    assertThat(result.changes()).isEmpty();
  }

  @Test
  void failTimeUpBeyondTheNoiseOfTheRepeats() {
    PlanNode scan = ran(indexScan("orders", "orders_customer_idx", 100, 10), 10);
    StatementComparison result =
        compare(timed(scan, new Timing(10, 0.5, 5)), timed(scan, new Timing(20, 0.8, 5)));
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.TIME_UP);
    assertThat(result.regressions().get(0).detail())
        .isEqualTo("median time 10.000 ms → 20.000 ms (noise ±0.800 ms over 5 runs)");
  }

  @Test
  void passTimeUpWithinTheNoiseIsNotARegression() {
    PlanNode scan = ran(indexScan("orders", "orders_customer_idx", 100, 10), 10);
    StatementComparison noisy =
        compare(timed(scan, new Timing(10, 4, 5)), timed(scan, new Timing(20, 4, 5)));
    StatementComparison tiny =
        compare(timed(scan, new Timing(0.2, 0, 5)), timed(scan, new Timing(0.9, 0, 5)));
    assertThat(noisy.changes()).isEmpty();
    assertThat(tiny.changes()).isEmpty();
  }

  @Test
  void failRowEstimateErrorGrown() {
    PlanNode before = ran(indexScan("orders", "orders_status_idx", 100, 100), 120);
    PlanNode after = ran(indexScan("orders", "orders_status_idx", 100, 100), 5000);
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.ESTIMATE_ERROR_GROWN);
    assertThat(result.worstSeverity()).contains(Severity.LOW);
    assertThat(result.regressions().get(0).detail())
        .isEqualTo("worst row-estimate error ×1.2 → ×50.0");
  }

  @Test
  void failAShapeChangeNoOtherClassExplainsIsReportedOnItsOwn() {
    PlanNode before = indexScan("orders", "orders_pkey", 10, 1);
    PlanNode after =
        node(Operation.GATHER, 10, 1).child(indexScan("orders", "orders_pkey", 9, 1)).build();
    StatementComparison result = compare(before, after);
    assertThat(kinds(result.regressions())).containsExactly(ChangeKind.SHAPE_CHANGED);
    assertThat(result.verdict()).isEqualTo(Verdict.REGRESSED);
  }

  @Test
  void failAStatementThatCannotBePlannedAnyMore() {
    StatementComparison result =
        comparator.failed(
            baseline("orders.sql#1", plan(fullScan("orders", 1, 1))),
            "column \"status\" does not exist");
    assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
    assertThat(result.regressions())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ChangeKind.STATEMENT_FAILED);
              assertThat(c.direction()).isEqualTo(Direction.REGRESSION);
              assertThat(c.severity()).isEqualTo(Severity.HIGH);
            });
  }

  @Test
  void selfJoinsAreMatchedReadByRead() {
    PlanNode before =
        join(
            Operation.NESTED_LOOP,
            50,
            indexScan("categories", "categories_pkey", 8, 1),
            indexScan("categories", "categories_parent_idx", 8, 3));
    PlanNode after =
        join(
            Operation.NESTED_LOOP,
            90,
            indexScan("categories", "categories_pkey", 8, 1),
            fullScan("categories", 40, 3));
    StatementComparison result = compare(before, after);
    assertThat(result.regressions())
        .filteredOn(c -> c.kind() == ChangeKind.INDEX_TO_FULL_SCAN)
        .singleElement()
        .satisfies(c -> assertThat(c.detail()).contains("categories_parent_idx"));
  }

  @Test
  void regressionsComeFirstWorstFirst() {
    PlanNode before =
        join(
            Operation.NESTED_LOOP,
            100,
            indexOnlyScan("orders", "orders_status_idx", 10, 10),
            indexScan("customers", "customers_pkey", 8, 1));
    PlanNode after =
        join(
            Operation.NESTED_LOOP,
            1500,
            indexScan("orders", "orders_status_idx", 12, 10),
            fullScan("customers", 900, 1));
    StatementComparison result = compare(before, after);
    assertThat(result.changes())
        .extracting(PlanChange::severity)
        .containsExactly(Severity.HIGH, Severity.HIGH, Severity.LOW);
  }
}
