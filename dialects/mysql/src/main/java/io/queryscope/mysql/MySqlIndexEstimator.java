package io.queryscope.mysql;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Estimates what a candidate index would do, since MySQL and MariaDB have no hypothetical indexes
 * and building one commits. From the plan's access to the table and the columns' distinct values it
 * predicts the rows an index lookup would read; the result always says it is an estimate.
 */
final class MySqlIndexEstimator {

  static final String METHOD = "estimate";
  private static final String NOT_VERIFIED =
      "estimated, not verified (MySQL/MariaDB have no hypothetical indexes; from column"
          + " statistics, not the optimizer): ";

  /** MySQL's own guess for an open range without a histogram. */
  private static final double RANGE_SELECTIVITY = 1.0 / 3;

  private final Catalog catalog;

  MySqlIndexEstimator(Catalog catalog) {
    this.catalog = catalog;
  }

  WhatIfResult estimate(String sql, CandidateIndex index, Plan before) {
    Optional<PlanNode> access =
        before
            .nodes()
            .filter(n -> n.operation().isScan())
            .filter(n -> n.relation() != null && n.relation().equalsIgnoreCase(index.table()))
            .findFirst();
    if (access.isEmpty()) {
      return new WhatIfResult(
          before,
          null,
          false,
          METHOD,
          NOT_VERIFIED
              + "the plan does not read "
              + index.table()
              + ", so an index on it cannot help");
    }
    PlanNode node = access.get();
    double tableRows =
        catalog
            .table(index.table())
            .map(t -> (double) t.estimatedRows())
            .filter(r -> r > 0)
            .orElse(node.estimates().rowsExamined());
    MySqlPredicates predicates = MySqlPredicates.of(sql, index.table());
    double selectivity = 1;
    List<String> used = new ArrayList<>();
    for (String column : index.columns()) {
      boolean equality = predicates.isEquality(column);
      boolean range = !equality && predicates.isRange(column);
      if (equality) {
        Optional<ColumnStats> stats = catalog.columnStats(index.table(), column);
        double distinct = stats.map(ColumnStats::distinctValues).orElse(Double.NaN);
        if (!(distinct > 0)) {
          return new WhatIfResult(
              before,
              null,
              false,
              METHOD,
              NOT_VERIFIED
                  + "no distinct-value statistics for "
                  + index.table()
                  + "."
                  + column
                  + "; on MariaDB run ANALYZE TABLE "
                  + MySqlIdentifiers.INSTANCE.quote(index.table())
                  + " PERSISTENT FOR ALL, on MySQL ANALYZE TABLE "
                  + MySqlIdentifiers.INSTANCE.quote(index.table())
                  + " UPDATE HISTOGRAM ON "
                  + MySqlIdentifiers.INSTANCE.quote(column)
                  + ", and try again");
        }
        selectivity /= distinct;
        used.add(column + " (~" + Math.round(distinct) + " distinct values)");
      } else if (range) {
        selectivity *= RANGE_SELECTIVITY;
        used.add(column + " (range, ~1/3 of rows)");
        break;
      } else {
        break;
      }
    }
    double readsNow = node.estimates().rowsExamined();
    if (Double.isNaN(readsNow)) {
      readsNow = tableRows;
    }
    if (used.isEmpty()) {
      return new WhatIfResult(
          before,
          null,
          false,
          METHOD,
          NOT_VERIFIED
              + "the statement has no equality or range predicate on "
              + index.columns().get(0)
              + ", the index's leading column, so the server could not use it");
    }
    double readsAfter = Math.max(1, tableRows * selectivity);
    if (readsAfter >= readsNow) {
      return new WhatIfResult(
          before,
          null,
          false,
          METHOD,
          NOT_VERIFIED
              + String.format(
                  Locale.ROOT,
                  "the current plan already reads ~%.0f rows of %s; the candidate would read ~%.0f, so it would not be chosen",
                  readsNow,
                  index.table(),
                  readsAfter));
    }
    PlanNode replacement =
        node.toBuilder()
            .operation(Operation.INDEX_SCAN)
            .nodeType("estimated index lookup")
            .index(index.suggestedName())
            .estimates(
                new Estimates(
                    Double.NaN,
                    Double.NaN,
                    Math.min(readsAfter, node.estimates().rows()),
                    readsAfter,
                    -1))
            .detail("estimated", "true")
            .rawJson(null)
            .build();
    PlanNode root = replace(before.root(), node, replacement);
    double readsBefore = MySqlPlanReads.of(before.root());
    double readsTotalAfter = MySqlPlanReads.of(root);
    double cost = before.totalCost();
    double costAfter =
        Double.isNaN(cost) || readsBefore <= 0 ? Double.NaN : cost * readsTotalAfter / readsBefore;
    Estimates e = root.estimates();
    root =
        root.toBuilder()
            .estimates(
                new Estimates(e.startupCost(), costAfter, e.rows(), e.rowsExamined(), e.width()))
            .build();
    Plan after =
        new Plan(
            before.dialect(),
            before.sql(),
            before.source(),
            root,
            false,
            Double.NaN,
            Double.NaN,
            List.of("estimated plan: " + index.suggestedName() + " does not exist"),
            null);
    String note =
        NOT_VERIFIED
            + String.format(
                Locale.ROOT,
                "reads on %s would drop from ~%.0f to ~%.0f rows by %s",
                index.table(),
                readsNow,
                readsAfter,
                String.join(", ", used));
    return new WhatIfResult(before, after, true, METHOD, note);
  }

  private static PlanNode replace(PlanNode at, PlanNode target, PlanNode with) {
    if (at == target) {
      return with;
    }
    List<PlanNode> children = new ArrayList<>();
    boolean changed = false;
    for (PlanNode c : at.children()) {
      PlanNode r = replace(c, target, with);
      changed |= r != c;
      children.add(r);
    }
    return changed ? at.toBuilder().children(children).build() : at;
  }
}
