package io.queryscope.core.sql;

import java.util.List;

/**
 * Computes {@link Fingerprint}s. Stateless and thread-safe; one pass over the characters, no
 * regular expressions, never throws.
 */
public final class Fingerprinter {

  private Fingerprinter() {}

  /**
   * Fingerprints one statement (or a {@code ;}-separated script, kept as one unit).
   *
   * @param sql the statement text; {@code null} gives an empty fingerprint with a problem
   * @return the fingerprint; never {@code null}
   */
  public static Fingerprint fingerprint(String sql) {
    if (sql == null) {
      return new Fingerprint(Fnv1a64.hash(""), "", List.of("statement is null"));
    }
    try {
      // MySQL lexing first (backslash escapes): inline literals from MySQL drivers use \'. If that
      // leaves a literal or comment unterminated, the other readings may fit the text better.
      Problems problems = new Problems();
      String normalized = new Normalizer(sql, true, true, problems).run();
      if (problems.hasUnterminated()) {
        for (int mode = 1; mode < 4; mode++) {
          Problems retry = new Problems();
          String text = new Normalizer(sql, (mode & 1) == 0, (mode & 2) == 0, retry).run();
          if (!retry.hasUnterminated()) {
            problems = retry;
            normalized = text;
            break;
          }
        }
      }
      if (normalized.isEmpty() && problems.isEmpty()) {
        problems.add("empty statement");
      }
      return new Fingerprint(Fnv1a64.hash(normalized), normalized, problems.toList());
    } catch (RuntimeException e) {
      // A bug here must not reach the application that captured the statement.
      return new Fingerprint(
          Fnv1a64.hash(""), "", List.of("internal error: " + e.getClass().getSimpleName()));
    }
  }
}
