package io.queryscope.mysql;

import io.queryscope.core.plan.Plan;
import java.util.List;

/**
 * What dropping one index would do to a set of statements, found by re-explaining each with {@code
 * IGNORE INDEX (…)}: a session-local hint, so nothing on the server changes. Returned by {@link
 * MySqlSession#withoutIndex}.
 *
 * @param statements one entry per statement asked about, in the order given
 * @param notes statements that could not be checked and why
 */
public record IndexRemovalImpact(
    String table, String index, List<StatementImpact> statements, List<String> notes) {

  public IndexRemovalImpact {
    statements = List.copyOf(statements);
    notes = List.copyOf(notes);
  }

  /** The statements whose plan gets worse without the index. */
  public List<StatementImpact> worse() {
    return statements.stream().filter(StatementImpact::worse).toList();
  }

  /** True when no checked statement uses the index or gets worse without it. */
  public boolean safeToDrop() {
    return worse().isEmpty();
  }

  /**
   * One statement's plans with and without the index.
   *
   * @param usedIndex the plan with the index uses it
   * @param worse the plan without it reads clearly more (estimated cost, or rows read where the
   *     server prints no cost)
   * @param readsBefore estimated rows read with the index (sum over the plan's table accesses)
   * @param readsAfter the same without it
   */
  public record StatementImpact(
      String sql,
      Plan before,
      Plan after,
      boolean usedIndex,
      boolean worse,
      double readsBefore,
      double readsAfter) {}
}
