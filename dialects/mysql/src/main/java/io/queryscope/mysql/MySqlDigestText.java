package io.queryscope.mysql;

import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a performance_schema {@code DIGEST_TEXT} onto the queryscope fingerprint of the statement it
 * came from, so server statistics join what the proxy captured. The fingerprinter already drops
 * backticks, spacing and keyword case; this class undoes what only the server's digest does:
 *
 * <ul>
 *   <li>{@code VALUES (...)} and {@code VALUES (...) /* , ... *\/}: one row of as many {@code ?} as
 *       the INSERT's column list names (the proxy's multi-row VALUES collapses to one row too);
 *   <li>{@code ?, ...}: a run of literals ({@code LIMIT 10, 5}) — read as two values, the common
 *       case;
 *   <li>{@code = - ?}: a negative literal is one value.
 * </ul>
 *
 * A digest cut at {@code performance_schema_max_digest_length} ends in {@code ...} and can only
 * join when the server gave a sample statement (MySQL 8 {@code QUERY_SAMPLE_TEXT}).
 */
final class MySqlDigestText {

  private static final Pattern INSERT_COLUMNS =
      Pattern.compile(
          "(?is)^\\s*(?:INSERT|REPLACE)\\b.*?\\(([^()]*)\\)\\s*VALUES\\s*\\(\\.\\.\\.\\)");
  private static final Pattern VALUES_ROWS =
      Pattern.compile("(?i)VALUES\\s*\\(\\.\\.\\.\\)(?:\\s*/\\*\\s*,\\s*\\.\\.\\.\\s*\\*/)?");
  private static final Pattern LITERAL_RUN = Pattern.compile("\\?\\s*,\\s*\\.\\.\\.");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)([=<>(,]|\\bAND|\\bOR|\\bBETWEEN|\\bTHEN|\\bELSE|\\bWHEN|\\bSELECT|\\bLIMIT)\\s*-\\s*\\?");

  private MySqlDigestText() {}

  /** True when the server cut the digest short. */
  static boolean truncated(String digestText) {
    String t = digestText.stripTrailing();
    return t.endsWith("...") && !t.endsWith("(...)") && !endsWithLiteralRun(t);
  }

  private static boolean endsWithLiteralRun(String t) {
    Matcher m = LITERAL_RUN.matcher(t);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end == t.length();
  }

  /** The text the proxy would have fingerprinted, as near as the digest allows. */
  static String toStatement(String digestText) {
    String sql = digestText.strip();
    Matcher insert = INSERT_COLUMNS.matcher(sql);
    if (insert.find()) {
      int columns = insert.group(1).split(",").length;
      String row = "VALUES (" + "?, ".repeat(columns - 1) + "?)";
      sql = VALUES_ROWS.matcher(sql).replaceFirst(Matcher.quoteReplacement(row));
    }
    sql = LITERAL_RUN.matcher(sql).replaceAll("?, ?");
    sql = NEGATIVE.matcher(sql).replaceAll("$1 ?");
    return sql;
  }

  static Fingerprint fingerprint(String digestText) {
    return Fingerprinter.fingerprint(toStatement(digestText));
  }
}
