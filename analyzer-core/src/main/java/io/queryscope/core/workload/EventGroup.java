package io.queryscope.core.workload;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.sql.Fingerprinter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The captured statements of one fingerprint, in capture order. The one place captured events
 * become per-fingerprint statistics after the fact; the recorder's {@code FingerprintStats} stays
 * apart because it aggregates live on the hot path without keeping the events.
 *
 * @param events never empty
 */
public record EventGroup(long fingerprintId, List<StatementEvent> events) {

  public EventGroup {
    events = List.copyOf(events);
  }

  /** The statements grouped by fingerprint, groups in order of first appearance. */
  public static List<EventGroup> of(List<StatementEvent> statements) {
    Map<Long, List<StatementEvent>> groups = new LinkedHashMap<>();
    for (StatementEvent e : statements) {
      groups.computeIfAbsent(e.fingerprintId(), k -> new ArrayList<>()).add(e);
    }
    List<EventGroup> out = new ArrayList<>(groups.size());
    groups.forEach((id, group) -> out.add(new EventGroup(id, group)));
    return out;
  }

  public double totalMs() {
    return events.stream().mapToDouble(StatementEvent::totalMs).sum();
  }

  /** The group as proxy statistics, its first statement the sample. */
  public StatementStats stats() {
    StatementEvent first = events.get(0);
    double total = totalMs();
    double max = events.stream().mapToDouble(StatementEvent::totalMs).max().orElse(0);
    long rows =
        events.stream()
            .mapToLong(e -> Math.max(0, e.rowsFetched()) + Math.max(0, e.rowsAffected()))
            .sum();
    return new StatementStats(
        fingerprintId,
        Fingerprinter.fingerprint(first.sql()).normalized(),
        first.sql(),
        first.binds(),
        null,
        WorkloadSource.PROXY,
        events.size(),
        total,
        total / events.size(),
        max,
        rows,
        -1,
        Map.of());
  }
}
