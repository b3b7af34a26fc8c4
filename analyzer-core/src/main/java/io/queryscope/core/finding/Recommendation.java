package io.queryscope.core.finding;

import io.queryscope.core.dialect.CandidateIndex;

/**
 * What to do about a finding.
 *
 * @param ddl the exact statement to run (CREATE INDEX …), or null
 * @param codeChange the change in application code, or null
 * @param index the index {@code ddl} creates, for what-if verification and merging; null otherwise
 * @param verified null when the fix is an estimate rather than checked on the server
 */
public record Recommendation(
    String summary, String ddl, String codeChange, CandidateIndex index, Verification verified) {

  public static Recommendation text(String summary) {
    return new Recommendation(summary, null, null, null, null);
  }

  public Recommendation withVerification(Verification v) {
    return new Recommendation(summary, ddl, codeChange, index, v);
  }
}
