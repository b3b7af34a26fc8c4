package io.queryscope.core.plan;

import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import java.util.stream.Stream;

/**
 * A whole plan for one statement.
 *
 * @param sql the statement that was explained (may carry placeholders when generic)
 * @param source how it was obtained
 * @param analyzed true when the statement ran and {@link PlanNode#actuals()} are filled
 * @param planningTimeMs NaN when not reported
 * @param executionTimeMs NaN when not analysed
 * @param warnings things the parser met and skipped (unknown keys, odd values); never fatal
 * @param rawJson the server's complete output
 */
public record Plan(
    DatabaseKind dialect,
    String sql,
    PlanSource source,
    PlanNode root,
    boolean analyzed,
    double planningTimeMs,
    double executionTimeMs,
    List<String> warnings,
    String rawJson) {

  public Plan {
    warnings = List.copyOf(warnings == null ? List.of() : warnings);
  }

  public Stream<PlanNode> nodes() {
    return root.stream();
  }

  /** The root's total cost: what the planner thinks the statement costs. */
  public double totalCost() {
    return root.estimates().totalCost();
  }

  /**
   * This plan with {@code first} (a dialect's notes, such as why ANALYZE was skipped) before its
   * own warnings.
   */
  public Plan withWarningsFirst(List<String> first) {
    if (first.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(first);
    all.addAll(warnings);
    return new Plan(
        dialect, sql, source, root, analyzed, planningTimeMs, executionTimeMs, all, rawJson);
  }

  /** How a plan was obtained: rules trust a plan that ran more than one that did not. */
  public enum PlanSource {
    EXPLAIN,
    EXPLAIN_ANALYZE,
    /** PostgreSQL 16+ {@code EXPLAIN (GENERIC_PLAN)} of a statement with placeholders. */
    GENERIC_PLAN,
    /** A plan the server logged (auto_explain) or a file a user gave. */
    LOG,
    FILE
  }
}
