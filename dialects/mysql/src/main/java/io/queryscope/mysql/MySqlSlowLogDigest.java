package io.queryscope.mysql;

import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups slow-log entries by fingerprint into the workload's statement statistics. */
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

  private final List<MySqlSlowLogEntry> entries;

  MySqlSlowLogDigest(List<MySqlSlowLogEntry> entries) {
    this.entries = entries;
  }

  Workload workload(List<String> notes) {
    Map<Long, Group> groups = new LinkedHashMap<>();
    // MariaDB prints the Full_scan/Filesort lines only when one of them is Yes: once any entry has
    // them, an entry without them means "No" for all.
    boolean flagsLogged = entries.stream().anyMatch(e -> e.fields().containsKey("full_scan"));
    Instant since = null;
    for (MySqlSlowLogEntry e : entries) {
      Fingerprint fp = Fingerprinter.fingerprint(e.statement());
      groups.computeIfAbsent(fp.id(), id -> new Group(fp, flagsLogged)).add(e);
      if (e.time() != null && (since == null || e.time().isBefore(since))) {
        since = e.time();
      }
    }
    List<StatementStats> stats = new ArrayList<>();
    for (Group g : groups.values()) {
      stats.add(g.stats());
    }
    return new Workload(stats, since, notes);
  }

  private static final class Group {
    final Fingerprint fingerprint;
    long calls;
    double totalMs;
    double maxMs = -1;
    String slowest;
    long rows;
    long examined;
    final Map<String, Long> counters = new LinkedHashMap<>();

    final boolean flagsLogged;

    Group(Fingerprint fingerprint, boolean flagsLogged) {
      this.fingerprint = fingerprint;
      this.flagsLogged = flagsLogged;
    }

    void add(MySqlSlowLogEntry e) {
      calls++;
      double ms = e.queryTimeMs();
      totalMs += ms;
      if (ms > maxMs) {
        maxMs = ms;
        slowest = e.statement();
      }
      rows += Math.max(0, e.count("rows_sent"));
      examined += Math.max(0, e.count("rows_examined"));
      counters.merge("lock_time_us", Math.round(e.seconds("lock_time") * 1_000_000), Long::sum);
      for (String flag : FLAGS) {
        Boolean v = e.flag(flag);
        if (v != null || flagsLogged) {
          counters.merge(flag, Boolean.TRUE.equals(v) ? 1L : 0L, Long::sum);
        }
      }
      for (String sum : SUMS) {
        long v = e.count(sum);
        if (v >= 0) {
          counters.merge(sum, v, Long::sum);
        }
      }
    }

    StatementStats stats() {
      return new StatementStats(
          fingerprint.id(),
          fingerprint.normalized(),
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
