package io.queryscope.core.catalog;

import java.time.Instant;

/**
 * A table with its size and usage counters; {@code -1} where the server does not keep a figure.
 *
 * @param seqScans full scans since statistics were reset (PostgreSQL seq_scan)
 * @param idxScans index scans since statistics were reset
 * @param rowsRead rows read by full and index scans since reset (PostgreSQL seq_tup_read +
 *     idx_tup_fetch, MySQL COUNT_FETCH); with the rows written, tells write-heavy tables
 * @param inserts rows inserted since reset
 * @param lastAnalyze when statistics were last gathered; null when never or unknown
 */
public record TableInfo(
    String schema,
    String name,
    long estimatedRows,
    long totalBytes,
    long seqScans,
    long idxScans,
    long rowsRead,
    long inserts,
    long updates,
    long deletes,
    long deadRows,
    Instant lastAnalyze) {

  public String qualifiedName() {
    return schema == null || schema.isEmpty() ? name : schema + "." + name;
  }

  /**
   * Rows written as a share of rows written and read, or NaN when a counter is missing. Rows on
   * both sides: comparing rows written with a count of scans made every freshly loaded table look
   * write-only.
   */
  public double writeShare() {
    if (inserts < 0 || updates < 0 || deletes < 0 || rowsRead < 0) {
      return Double.NaN;
    }
    double writes = inserts + updates + deletes;
    double total = writes + rowsRead;
    return total == 0 ? 0 : writes / total;
  }
}
