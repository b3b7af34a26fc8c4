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
      Problems problems = new Problems();
      String normalized = normalize(sql, true, problems);
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

  /**
   * The statement with every literal replaced as in {@link #fingerprint}, but names and keywords
   * kept as written, so the text still runs on servers with case-sensitive table names (MySQL on
   * Linux). What redacted exports write.
   *
   * @return the redacted text; empty for {@code null} or on an internal error, never throws
   */
  public static String withoutLiterals(String sql) {
    if (sql == null) {
      return "";
    }
    try {
      return normalize(sql, false, new Problems());
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * MySQL lexing first (backslash escapes): inline literals from MySQL drivers use \'. If that
   * leaves a literal or comment unterminated, the other readings may fit the text better; {@code
   * problems} receives the problems of the reading chosen.
   */
  private static String normalize(String sql, boolean foldCase, Problems problems) {
    Problems first = new Problems();
    String normalized = new Normalizer(sql, true, true, first, foldCase).run();
    Problems chosen = first;
    if (first.hasUnterminated()) {
      for (int mode = 1; mode < 4; mode++) {
        Problems retry = new Problems();
        String text = new Normalizer(sql, (mode & 1) == 0, (mode & 2) == 0, retry, foldCase).run();
        if (!retry.hasUnterminated()) {
          chosen = retry;
          normalized = text;
          break;
        }
      }
    }
    chosen.toList().forEach(problems::add);
    return normalized;
  }
}
