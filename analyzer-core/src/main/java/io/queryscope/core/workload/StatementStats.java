package io.queryscope.core.workload;

import java.util.List;
import java.util.Map;

/**
 * Everything known about one fingerprint from one source. Counts are {@code -1} when the source
 * does not keep them.
 *
 * @param fingerprintId queryscope's fingerprint id (see {@code
 *     io.queryscope.core.sql.Fingerprinter}), so server statistics join with what the proxy
 *     captured
 * @param normalizedSql queryscope's normalized text
 * @param sampleSql one concrete statement when the source has one (MySQL QUERY_SAMPLE_TEXT, a
 *     slow-log entry, a captured statement); null otherwise. Literals are not redacted here —
 *     renderers redact.
 * @param sampleBinds bind values of the sample, in order, when captured
 * @param serverQueryId the server's own id (pg_stat_statements queryid, MySQL digest), for evidence
 * @param rowsExamined rows the server read to produce {@code rows} (MySQL); -1 elsewhere
 * @param counters further source-specific counters (no_index_used, tmp_disk_tables,
 *     sort_merge_passes, full_join, temp_blks_written …), named as the source names them
 */
public record StatementStats(
    long fingerprintId,
    String normalizedSql,
    String sampleSql,
    List<String> sampleBinds,
    String serverQueryId,
    WorkloadSource source,
    long calls,
    double totalMs,
    double meanMs,
    double maxMs,
    long rows,
    long rowsExamined,
    Map<String, Long> counters) {

  public StatementStats {
    sampleBinds = sampleBinds == null ? List.of() : List.copyOf(sampleBinds);
    counters = counters == null ? Map.of() : Map.copyOf(counters);
  }

  /** A counter's value, or -1 when the source does not keep it. */
  public long counter(String name) {
    return counters.getOrDefault(name, -1L);
  }
}
