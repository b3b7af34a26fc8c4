package io.queryscope.report;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Impact;
import io.queryscope.core.finding.QueryRef;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.finding.Verification;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.workload.WorkloadSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report as an analysis of the shop schema would produce it, built by hand for renderer tests.
 */
final class SampleReports {

  static final String ORDERS_FP = "00a1b2c3d4e5f601";
  static final String CUSTOMER_FP = "00a1b2c3d4e5f602";

  private SampleReports() {}

  static ReportDocument document() {
    Map<String, Object> missingIndexEvidence = new LinkedHashMap<>();
    missingIndexEvidence.put("table", "orders");
    missingIndexEvidence.put("tableRows", 100_000L);
    missingIndexEvidence.put("rowsRemovedByFilter", 99_412L);
    missingIndexEvidence.put("predicateColumns", List.of("customer_id", "status"));
    Finding missingIndex =
        new Finding(
            "missing-index",
            Severity.HIGH,
            0.95,
            1,
            "orders is scanned in full to find a customer's open orders",
            new Impact(2900.5, 0.41),
            new QueryRef(
                ORDERS_FP,
                "select * from orders where customer_id = ? and status = ?",
                1200,
                3400.0,
                WorkloadSource.PG_STAT_STATEMENTS),
            missingIndexEvidence,
            new Recommendation(
                    "Create an index on orders(customer_id, status)",
                    "CREATE INDEX idx_orders_customer_id_status ON orders (customer_id, status)",
                    null,
                    CandidateIndex.on("orders", List.of("customer_id", "status")),
                    null)
                .withVerification(new Verification(1834.0, 8.43, "hypopg")),
            List.of(ORDERS_FP));
    Finding nPlusOne =
        new Finding(
            "n-plus-one",
            Severity.MEDIUM,
            0.9,
            2,
            "customers loaded one by one <inside> a loop over orders",
            new Impact(800.0, 0.11),
            new QueryRef(CUSTOMER_FP, "select * from customers where id = ?", 500, 950.0),
            Map.of("executionsPerUnit", 50L, "unitOfWork", "GET /orders"),
            new Recommendation(
                "Load the customers of all orders in one query",
                null,
                "select * from customers where id in (...)",
                null,
                null),
            List.of(CUSTOMER_FP));
    Finding fkIndex =
        new Finding(
            "missing-fk-index",
            Severity.LOW,
            0.8,
            3,
            "order_items.product_id references products without an index",
            Impact.ofMs(0),
            null,
            Map.of("foreignKey", "order_items_product_id_fkey"),
            Recommendation.text("Index the referencing column"),
            List.of());
    Report report =
        new Report(
            new Report.Tool("queryscope", "test"),
            new Target(
                DatabaseKind.POSTGRESQL,
                ServerVersion.parse("17.6"),
                "jdbc:postgresql://localhost:5432/shop?password=s3cret"),
            new Report.Summary(5000, 42, 3),
            List.of(missingIndex, nPlusOne, fkIndex),
            List.of("pg_stat_statements was reset 2 hours ago"));
    CallSite site =
        new CallSite("com.shop.OrderService", "openOrders", "OrderService.java", 42, List.of());
    return new ReportDocument(
        report,
        Map.of(ORDERS_FP, ordersPlan()),
        Map.of(ORDERS_FP, List.of(site)),
        List.of(
            rule("missing-index", Severity.HIGH),
            rule("n-plus-one", Severity.MEDIUM),
            rule("missing-fk-index", Severity.LOW),
            rule("deep-offset", Severity.MEDIUM)),
        List.of(
            missingIndex.query(),
            nPlusOne.query(),
            new QueryRef("00a1b2c3d4e5f603", "select count(*) from products", 10, 12.0)));
  }

  static RuleInfo rule(String id, Severity severity) {
    return new RuleInfo(
        id,
        id + " title",
        id + " summary",
        severity,
        Set.of(Evidence.PLANS),
        Map.of(),
        List.of(),
        "0.1");
  }

  /**
   * Limit over a Seq Scan that dominates and is misestimated a hundredfold, plus an unknown node.
   */
  static Plan ordersPlan() {
    PlanNode scan =
        PlanNode.builder(Operation.FULL_SCAN)
            .nodeType("Seq Scan")
            .relation("orders")
            .filter("((customer_id = ?) AND (status = ?))")
            .rowsRemovedByFilter(99_412)
            .estimates(new Estimates(0, 1834, 5, Double.NaN, 64))
            .actuals(new Actuals(588, 0.02, 41.5, 1))
            .build();
    PlanNode unknown =
        PlanNode.builder(Operation.OTHER)
            .nodeType("Quantum Shuffle")
            .detail("Shuffle Mode", "entangled")
            .estimates(new Estimates(0, 1840, 5, Double.NaN, 64))
            .actuals(new Actuals(588, 0.02, 42.0, 1))
            .child(scan)
            .build();
    PlanNode limit =
        PlanNode.builder(Operation.LIMIT)
            .nodeType("Limit")
            .estimates(new Estimates(0, 1841, 5, Double.NaN, 64))
            .actuals(new Actuals(50, 0.02, 42.3, 1))
            .child(unknown)
            .build();
    return new Plan(
        DatabaseKind.POSTGRESQL,
        "select * from orders where customer_id = ? and status = ? limit 50",
        Plan.PlanSource.EXPLAIN_ANALYZE,
        limit,
        true,
        0.2,
        42.5,
        List.of("unknown key 'Quantum Flux' kept as a detail"),
        "{}");
  }
}
