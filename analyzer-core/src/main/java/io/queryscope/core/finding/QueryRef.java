package io.queryscope.core.finding;

import io.queryscope.core.workload.WorkloadSource;

/**
 * The statement a finding is about. {@code sql} is redacted unless the user asked for literals.
 *
 * @param source where {@code calls} and {@code totalMs} were counted (the server's statistics or
 *     the application's capture), so each is read over its own time window; null when no statistics
 *     were known
 */
public record QueryRef(
    String fingerprint, String sql, long calls, double totalMs, WorkloadSource source) {

  /** A statement known without statistics (a plan, a file). */
  public QueryRef(String fingerprint, String sql, long calls, double totalMs) {
    this(fingerprint, sql, calls, totalMs, null);
  }
}
