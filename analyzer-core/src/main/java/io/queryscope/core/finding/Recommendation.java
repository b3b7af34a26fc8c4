package io.queryscope.core.finding;

/**
 * What to do about a finding.
 *
 * @param ddl the exact statement to run (CREATE INDEX …), or null
 * @param codeChange the change in application code, or null
 * @param verified null when the fix is an estimate rather than checked on the server
 */
public record Recommendation(String summary, String ddl, String codeChange, Verification verified) {

  public static Recommendation text(String summary) {
    return new Recommendation(summary, null, null, null);
  }
}
