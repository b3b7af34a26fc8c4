package io.queryscope.core.capture;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns a capture's live state into the immutable events and workload the rules read. */
final class CaptureSnapshot {

  private CaptureSnapshot() {}

  static CapturedEvents events(
      CaptureState state,
      long nowNanos,
      long leakThresholdNanos,
      Map<ConnectionSource, PoolEvidence> pools) {
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
      connections.add(record.toEvent(nowNanos, leakThresholdNanos, poolName(record, pools)));
    }
    return new CapturedEvents(
        statements,
        connections,
        state.units.snapshot(),
        new ArrayList<>(pools.values()),
        state.sequence.get() - statements.size());
  }

  private static String poolName(
      ConnectionRecord record, Map<ConnectionSource, PoolEvidence> pools) {
    if (record.source == null) {
      return null;
    }
    PoolEvidence pool = pools.get(record.source);
    // A fallback: every source that handed out a connection in this capture has evidence.
    return pool == null ? record.source.label : pool.name();
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
    long cut = state.cutSqlTexts.sum();
    if (cut > 0) {
      notes.add(
          cut
              + " long SQL texts were kept cut to their first "
              + CaptureState.CUT_SQL_CHARS
              + " chars (the capture keeps at most "
              + CaptureState.TEXT_BUDGET_CHARS / (1024 * 1024)
              + " M chars of SQL whole); their fingerprints are exact, their plans generic");
    }
    long untracked = state.untrackedConnections.sum();
    if (untracked > 0) {
      notes.add(
          untracked
              + " connections were not followed: "
              + CaptureState.MAX_OPEN_CONNECTIONS
              + " were already open at once (are connections being leaked?)");
    }
    groups.sort(Comparator.comparingDouble(StatementStats::totalMs).reversed());
    return new Workload(groups, state.started, notes);
  }
}
