package io.queryscope.core.events;

import java.util.List;

/**
 * One execution as the proxy saw it. Counts are {@code -1} when not known (rows of a result set the
 * application never closed, for instance).
 *
 * @param sequence order of capture within one scope, from 1
 * @param startEpochMicros when execution started, wall clock
 * @param binds bind values as text in parameter order ({@code null} for SQL NULL); redacted on
 *     export unless asked
 * @param batchSize statements in the batch, 1 otherwise
 * @param executeNanos time inside execute*
 * @param fetchNanos time spent in ResultSet.next() until the result set was closed
 * @param transactionId 0 when the statement ran in autocommit mode
 * @param unitOfWork the enclosing unit of work's name, or null
 * @param callSite null when call-site capture is off
 */
public record StatementEvent(
    long sequence,
    long startEpochMicros,
    String sql,
    long fingerprintId,
    List<String> binds,
    StatementKind kind,
    int batchSize,
    long executeNanos,
    long fetchNanos,
    long rowsFetched,
    long rowsAffected,
    int generatedKeys,
    String sqlState,
    String errorMessage,
    long connectionId,
    long transactionId,
    String thread,
    String unitOfWork,
    CallSite callSite) {

  public StatementEvent {
    binds =
        binds == null
            ? List.of()
            : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(binds));
  }

  public boolean failed() {
    return sqlState != null || errorMessage != null;
  }

  public double totalMs() {
    return (executeNanos + Math.max(0, fetchNanos)) / 1e6;
  }
}
