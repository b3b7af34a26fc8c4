package io.queryscope.analysis;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.EventGroup;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement worth a plan: one of the heaviest fingerprints, with a concrete sample and its binds
 * when a source kept one (so the plan is a real one), else the normalized text (a generic plan).
 */
record ExplainTarget(long fingerprintId, String sql, List<String> binds, double totalMs) {

  /** The {@code top} heaviest fingerprints across server statistics and captured events. */
  static List<ExplainTarget> heaviest(Workload workload, CapturedEvents events, int top) {
    Map<Long, ExplainTarget> byId = new LinkedHashMap<>();
    for (StatementStats s : workload.statements()) {
      boolean sample = s.sampleSql() != null && !CutText.isCut(s.sampleSql());
      String sql = sample ? s.sampleSql() : s.normalizedSql();
      List<String> binds = sample ? CutText.wholeOrEmpty(s.sampleBinds()) : List.of();
      merge(byId, new ExplainTarget(s.fingerprintId(), sql, binds, s.totalMs()));
    }
    for (EventGroup group : EventGroup.of(events.statements())) {
      long id = group.fingerprintId();
      // The capture keeps only the start of very long SQL: such a text is no statement.
      StatementEvent sample =
          group.events().stream().filter(e -> !CutText.isCut(e.sql())).findFirst().orElse(null);
      if (sample == null) {
        continue;
      }
      double total = group.totalMs();
      // Redacted binds are salted hashes and redacted literals are extra '?': such a sample
      // can only be planned generically, never with those values.
      List<String> binds =
          events.samplesRunnable() ? CutText.wholeOrEmpty(sample.binds()) : List.of();
      ExplainTarget fromApp = new ExplainTarget(id, sample.sql(), binds, total);
      // What the application really ran beats a server's normalized sample ($1 …).
      byId.merge(
          id,
          fromApp,
          (server, app) ->
              new ExplainTarget(id, app.sql(), app.binds(), Math.max(server.totalMs(), total)));
    }
    return byId.values().stream()
        .filter(ExplainTarget::explainable)
        .sorted(Comparator.comparingDouble(ExplainTarget::totalMs).reversed())
        .limit(Math.max(0, top))
        .toList();
  }

  /** Keeps the heavier figure, and a sample with binds over one without. */
  private static void merge(Map<Long, ExplainTarget> byId, ExplainTarget t) {
    byId.merge(
        t.fingerprintId(),
        t,
        (a, b) -> {
          ExplainTarget withBinds = !b.binds().isEmpty() && a.binds().isEmpty() ? b : a;
          return new ExplainTarget(
              a.fingerprintId(),
              withBinds.sql(),
              withBinds.binds(),
              Math.max(a.totalMs(), b.totalMs()));
        });
  }

  boolean explainable() {
    return sql != null && !CutText.isCut(sql) && ExplainableSql.KINDS.contains(firstWord());
  }

  boolean isSelect() {
    String w = firstWord();
    return w.equals("select") || w.equals("with") || w.equals("table") || w.equals("values");
  }

  private String firstWord() {
    return ExplainableSql.firstWord(sql);
  }

  String hexId() {
    return FingerprintId.hex(fingerprintId);
  }

  String shortSql() {
    // Normalized, so a note never shows a sample's literal values.
    String s = Fingerprinter.fingerprint(sql).normalized();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
