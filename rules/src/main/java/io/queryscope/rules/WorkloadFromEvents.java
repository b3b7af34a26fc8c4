package io.queryscope.rules;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    Map<Long, List<StatementEvent>> groups = new LinkedHashMap<>();
    for (StatementEvent e : events) {
      groups.computeIfAbsent(e.fingerprintId(), k -> new ArrayList<>()).add(e);
    }
    List<StatementStats> stats = new ArrayList<>();
    groups.forEach((id, group) -> stats.add(stats(id, group)));
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

  private static StatementStats stats(long id, List<StatementEvent> group) {
    StatementEvent first = group.get(0);
    double total = group.stream().mapToDouble(StatementEvent::totalMs).sum();
    double max = group.stream().mapToDouble(StatementEvent::totalMs).max().orElse(0);
    long rows =
        group.stream()
            .mapToLong(e -> Math.max(0, e.rowsFetched()) + Math.max(0, e.rowsAffected()))
            .sum();
    return new StatementStats(
        id,
        Fingerprinter.fingerprint(first.sql()).normalized(),
        first.sql(),
        first.binds(),
        null,
        WorkloadSource.PROXY,
        group.size(),
        total,
        total / group.size(),
        max,
        rows,
        -1,
        Map.of());
  }
}
