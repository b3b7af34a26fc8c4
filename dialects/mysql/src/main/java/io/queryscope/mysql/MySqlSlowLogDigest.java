package io.queryscope.mysql;

import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.LogGroups;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups slow-log entries by fingerprint into the workload's statement statistics as they are read,
 * one entry at a time: counts and sums per group, the slowest statement as its sample, within the
 * bounds of {@link LogGroups}.
 */
final class MySqlSlowLogDigest {

  /** MariaDB's Yes/No lines, counted as "entries where it happened". */
  private static final List<String> FLAGS =
      List.of(
          "full_scan",
          "full_join",
          "tmp_table",
          "tmp_table_on_disk",
          "filesort",
          "filesort_on_disk",
          "qc_hit");

  private static final List<String> SUMS = List.of("merge_passes", "rows_affected", "bytes_sent");

  private final LogGroups<Group> groups = new LogGroups<>();
  private long entries;
  private boolean flagsLogged;
  private Instant since;

  /** Counts one entry toward its fingerprint's group. */
  void add(MySqlSlowLogEntry e) {
    entries++;
    // MariaDB prints the Full_scan/Filesort lines only when one of them is Yes: once any entry has
    // them, an entry without them means "No" for all (see workload).
    flagsLogged |= e.fields().containsKey("full_scan");
    if (e.time() != null && (since == null || e.time().isBefore(since))) {
      since = e.time();
    }
    Fingerprint fp = Fingerprinter.fingerprint(e.statement());
    Group g = groups.group(fp.id(), () -> new Group(fp.id(), groups.keep(fp.normalized())));
    if (g == null) {
      groups.fold(e.queryTimeMs());
    } else {
      g.add(e, groups);
    }
  }

  /** Complete entries counted so far. */
  long entries() {
    return entries;
  }

  Workload workload(List<String> notes, Object file) {
    List<String> all = new ArrayList<>(notes);
    groups.note(all, file);
    List<StatementStats> stats = new ArrayList<>();
    for (Group g : groups.groups()) {
      stats.add(g.stats(flagsLogged));
    }
    return new Workload(stats, since, all);
  }

  private static final class Group {
    final long fingerprintId;
    final String normalized;
    long calls;
    double totalMs;
    double maxMs = -1;
    String slowest;
    long rows;
    long examined;
    final Map<String, Long> counters = new LinkedHashMap<>();

    Group(long fingerprintId, String normalized) {
      this.fingerprintId = fingerprintId;
      this.normalized = normalized;
    }

    void add(MySqlSlowLogEntry e, LogGroups<Group> texts) {
      calls++;
      double ms = e.queryTimeMs();
      totalMs += ms;
      if (ms > maxMs) {
        maxMs = ms;
        slowest = texts.replace(slowest, e.statement());
      }
      rows += Math.max(0, e.count("rows_sent"));
      examined += Math.max(0, e.count("rows_examined"));
      counters.merge("lock_time_us", Math.round(e.seconds("lock_time") * 1_000_000), Long::sum);
      for (String flag : FLAGS) {
        Boolean v = e.flag(flag);
        if (v != null) {
          counters.merge(flag, v ? 1L : 0L, Long::sum);
        }
      }
      for (String sum : SUMS) {
        long v = e.count(sum);
        if (v >= 0) {
          counters.merge(sum, v, Long::sum);
        }
      }
    }

    StatementStats stats(boolean flagsLogged) {
      if (flagsLogged) {
        // An entry without the flag lines had all of them No.
        FLAGS.forEach(flag -> counters.putIfAbsent(flag, 0L));
      }
      return new StatementStats(
          fingerprintId,
          normalized,
          slowest,
          List.of(),
          null,
          WorkloadSource.SLOW_LOG,
          calls,
          totalMs,
          totalMs / calls,
          maxMs,
          rows,
          examined,
          counters);
    }
  }
}
