package io.queryscope.core;

/**
 * What an events export may reveal. By default neither bind values nor SQL literals leave the
 * process: binds become salted hashes (equal values stay equal within one file, so repeated-query
 * detection still works) and SQL text is written in its normalized form, literals replaced by
 * {@code ?}.
 *
 * @param binds write bind values as captured
 * @param literals write SQL text as the application sent it, literals included
 */
public record ExportOptions(boolean binds, boolean literals) {

  public static final ExportOptions REDACTED = new ExportOptions(false, false);

  /** Everything as captured: for files that stay on the developer's machine. */
  public static final ExportOptions EVERYTHING = new ExportOptions(true, true);
}
