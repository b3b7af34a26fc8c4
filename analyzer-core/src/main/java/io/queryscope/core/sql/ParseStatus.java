package io.queryscope.core.sql;

/**
 * How far a {@link SqlAnalysis} could look. Anything but {@link #PARSED} means the analysis came
 * from the lexer alone: statement type, tables, {@code SELECT *}, paging and leading-wildcard
 * {@code LIKE}s are known, predicate columns only partly.
 */
public enum ParseStatus {
  /** JSqlParser parsed the statement; every field is filled. */
  PARSED,
  /** JSqlParser rejected the statement (dialect feature it lacks, or broken SQL). */
  UNPARSABLE,
  /** JSqlParser took longer than the time limit. */
  TIMED_OUT,
  /** Too long or too deeply nested to hand to a recursive-descent parser safely. */
  TOO_COMPLEX,
  /** Nothing but whitespace and comments. */
  EMPTY
}
