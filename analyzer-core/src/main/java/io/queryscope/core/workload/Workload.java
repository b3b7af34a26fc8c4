package io.queryscope.core.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The statements a target ran, grouped by fingerprint.
 *
 * @param since when the statistics start (pg_stat_statements reset, the capture's start); null when
 *     unknown. With server statistics it is their start, never a capture's.
 * @param notes what could not be read and how to enable it ("pg_stat_statements is not loaded: add
 *     it to shared_preload_libraries and restart"); shown in the report
 */
public record Workload(List<StatementStats> statements, Instant since, List<String> notes) {

  public static final Workload EMPTY = new Workload(List.of(), null, List.of());

  public Workload {
    statements = List.copyOf(statements);
    notes = List.copyOf(notes == null ? List.of() : notes);
  }

  public Optional<StatementStats> byFingerprint(long fingerprintId) {
    return statements.stream().filter(s -> s.fingerprintId() == fingerprintId).findFirst();
  }

  /** The heaviest groups by total time, the ones worth an EXPLAIN. */
  public List<StatementStats> top(int n) {
    return statements.stream()
        .sorted(Comparator.comparingDouble(StatementStats::totalMs).reversed())
        .limit(n)
        .toList();
  }

  public double totalMs() {
    return statements.stream().mapToDouble(StatementStats::totalMs).sum();
  }

  /** True when some group was counted by the server rather than captured in the application. */
  public boolean hasServerStatistics() {
    return statements.stream().anyMatch(s -> s.source() != WorkloadSource.PROXY);
  }

  /**
   * Both workloads side by side; groups from different sources stay separate. When only one side
   * has server statistics, its start is kept: per-hour figures are scaled by it, and a capture's
   * start says nothing about how long the server has been counting.
   */
  public Workload plus(Workload other) {
    List<StatementStats> all = new ArrayList<>(statements);
    all.addAll(other.statements);
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.addAll(other.notes);
    Instant start;
    if (hasServerStatistics() != other.hasServerStatistics()) {
      start = hasServerStatistics() ? since : other.since;
    } else {
      start = since == null ? other.since : since;
    }
    return new Workload(all, start, allNotes);
  }
}
