package io.queryscope.rules;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.workload.EventGroup;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups captured statements by fingerprint when no server statistics were read, so rules that read
 * statement statistics also work on a captured workload alone.
 */
final class WorkloadFromEvents {

  private WorkloadFromEvents() {}

  static AnalysisContext complete(AnalysisContext context) {
    List<StatementEvent> events = context.events().statements();
    if (!context.workload().statements().isEmpty() || events.isEmpty()) {
      return context;
    }
    List<StatementStats> stats = new ArrayList<>();
    for (EventGroup group : EventGroup.of(events)) {
      stats.add(group.stats());
    }
    long start = events.stream().mapToLong(StatementEvent::startEpochMicros).min().orElse(0);
    Workload workload =
        new Workload(
            stats,
            start > 0 ? Instant.ofEpochSecond(0, start * 1000) : null,
            context.workload().notes());
    return new AnalysisContext(
        context.target(),
        workload,
        context.plans(),
        context.catalog(),
        context.serverState(),
        context.events(),
        context.settings());
  }
}
