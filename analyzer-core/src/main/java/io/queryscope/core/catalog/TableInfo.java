package io.queryscope.core.catalog;

import java.time.Instant;

/**
 * A table with its size and usage counters; {@code -1} where the server does not keep a figure.
 *
 * @param seqScans full scans since statistics were reset (PostgreSQL seq_scan)
 * @param idxScans index scans since statistics were reset
 * @param inserts rows inserted since reset; with updates and deletes, tells write-heavy tables
 * @param lastAnalyze when statistics were last gathered; null when never or unknown
 */
public record TableInfo(
    String schema,
    String name,
    long estimatedRows,
    long totalBytes,
    long seqScans,
    long idxScans,
    long inserts,
    long updates,
    long deletes,
    long deadRows,
    Instant lastAnalyze) {

  public String qualifiedName() {
    return schema == null || schema.isEmpty() ? name : schema + "." + name;
  }

  /** Writes against reads, or NaN when the counters are missing. */
  public double writeShare() {
    if (inserts < 0 || updates < 0 || deletes < 0 || seqScans < 0 || idxScans < 0) {
      return Double.NaN;
    }
    double writes = inserts + updates + deletes;
    double total = writes + seqScans + idxScans;
    return total == 0 ? 0 : writes / total;
  }
}
