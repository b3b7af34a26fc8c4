package io.queryscope.rules.connection;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.application.Bursts;
import io.queryscope.rules.application.NPlusOneRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why connections stayed out of the pool, as far as the captured evidence shows: held without work,
 * busy with N+1 bursts, or busy with slow statements.
 */
record PoolCauses(List<String> reasons, boolean heldIdle, String codeChange) {

  /** {@code events} are one pool's: its connections and the statements run on them. */
  static PoolCauses of(
      AnalysisContext context, CapturedEvents events, RuleInfo info, PoolDemand demand) {
    List<String> reasons = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    boolean heldIdle =
        demand.measurable()
            && demand.heldIdleShare() >= context.settings().threshold(info, "idle-held-share");
    if (heldIdle) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "connections were held %.0f ms on average but ran statements for only %.0f ms"
                  + " (%.0f%% of the time held idle: work between statements, remote calls or an"
                  + " open transaction)",
              demand.meanHeldMs(),
              demand.meanBusyMs(),
              demand.heldIdleShare() * 100));
      changes.add(
          "Take the connection (or start the transaction) only around the statements; move"
              + " remote calls and computation outside it");
    }
    List<StatementEvent> statements = events.statements();
    double busy = statements.stream().mapToDouble(StatementEvent::totalMs).sum();
    if (busy > 0) {
      // N+1 exactly as n-plus-one reports it, with its thresholds, so the two never disagree.
      List<Bursts.Burst> bursts = NPlusOneRule.bursts(context, events);
      double burstMs = bursts.stream().mapToDouble(Bursts.Burst::totalMs).sum();
      if (!bursts.isEmpty()) {
        reasons.add(
            String.format(
                Locale.ROOT,
                "%d N+1 bursts kept connections busy: %.0f%% of statement time",
                bursts.size(),
                burstMs / busy * 100));
        changes.add("Load the rows of each N+1 burst with one query instead of one per row");
      }
      double slowLimit = context.settings().threshold(info, "slow-statement-ms");
      double slowMs =
          statements.stream()
              .mapToDouble(StatementEvent::totalMs)
              .filter(ms -> ms >= slowLimit)
              .sum();
      if (slowMs / busy >= 0.2) {
        reasons.add(
            String.format(
                Locale.ROOT,
                "statements slower than %.0f ms took %.0f%% of statement time",
                slowLimit,
                slowMs / busy * 100));
        changes.add("Speed up the slow statements (see the slow-query and missing-index findings)");
      }
    }
    return new PoolCauses(
        List.copyOf(reasons),
        heldIdle,
        changes.isEmpty() ? null : String.join(". ", changes) + ".");
  }
}
