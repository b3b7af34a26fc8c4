package io.queryscope.core.capture;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.HdrHistogram.AtomicHistogram;

/** Turns a capture's live state into the immutable events and workload the rules read. */
final class CaptureSnapshot {

  private CaptureSnapshot() {}

  static CapturedEvents events(
      CaptureState state, long nowNanos, long leakThresholdNanos, PoolConfig poolConfig) {
    List<Execution> executions = new ArrayList<>(state.executions.snapshot());
    executions.sort(Comparator.comparingLong(e -> e.sequence));
    List<StatementEvent> statements = new ArrayList<>(executions.size());
    long last = 0;
    for (Execution execution : executions) {
      // A slot overwritten while we read it can show up twice; keep each sequence once.
      if (execution.sequence != last) {
        statements.add(execution.toEvent());
        last = execution.sequence;
      }
    }
    List<ConnectionRecord> records = new ArrayList<>(state.closedConnections.snapshot());
    records.addAll(state.openConnections);
    records.sort(Comparator.comparingLong(r -> r.acquiredEpochMicros));
    List<ConnectionEvent> connections = new ArrayList<>(records.size());
    for (ConnectionRecord record : records) {
      connections.add(record.toEvent(nowNanos, leakThresholdNanos));
    }
    return new CapturedEvents(
        statements,
        connections,
        state.units.snapshot(),
        pool(state, poolConfig),
        state.sequence.get() - statements.size());
  }

  /** Null when no connection went through a wrapped DataSource or driver. */
  static PoolEvidence pool(CaptureState state, PoolConfig config) {
    long acquisitions = state.acquisitions.sum();
    if (acquisitions == 0 && config == null) {
      return null;
    }
    AtomicHistogram h = state.acquireMicros;
    boolean any = h.getTotalCount() > 0;
    return new PoolEvidence(
        config,
        state.poolSnapshots.snapshot(),
        acquisitions,
        state.acquisitionFailures.sum(),
        any ? h.getValueAtPercentile(50) / 1000.0 : 0,
        any ? h.getValueAtPercentile(95) / 1000.0 : 0,
        any ? h.getValueAtPercentile(99) / 1000.0 : 0,
        any ? h.getMaxValue() / 1000.0 : 0);
  }

  static Workload workload(CaptureState state, CaptureSettings settings) {
    List<StatementStats> groups = new ArrayList<>();
    for (FingerprintStats stats : state.fingerprints.values()) {
      if (stats.calls() > 0) {
        groups.add(stats.toStats(Execution.bindTexts(stats.sampleBinds)));
      }
    }
    List<String> notes = new ArrayList<>();
    long overflow = state.other.calls();
    if (overflow > 0) {
      groups.add(state.other.toStats(List.of()));
      notes.add(
          overflow
              + " statements beyond the first "
              + settings.maxFingerprints()
              + " distinct fingerprints were counted under fingerprint 0 ('other'); raise"
              + " maxFingerprints to see them separately");
    }
    groups.sort(Comparator.comparingDouble(StatementStats::totalMs).reversed());
    return new Workload(groups, state.started, notes);
  }
}
