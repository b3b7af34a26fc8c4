package io.queryscope.mysql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@code IGNORE INDEX (name)} after every reference to one table in a statement, so EXPLAIN
 * shows the plan the server would choose if that index did not exist. Works on MySQL and MariaDB
 * alike and lives only in the statement text.
 */
final class MySqlIndexHint {

  private MySqlIndexHint() {}

  /** The statement with the hint, or null when it never names {@code table}. */
  static String ignore(String sql, String table, String index) {
    Pattern ref =
        Pattern.compile(
            "(?i)(\\bfrom|\\bjoin|\\bupdate|,)(\\s+(?:`?\\w+`?\\s*\\.\\s*)?`?"
                + Pattern.quote(table)
                + "`?)(?![\\w`.])(\\s+(?:as\\s+)?(`[^`]+`|[A-Za-z_]\\w*))?");
    Matcher m = ref.matcher(sql);
    StringBuilder out = new StringBuilder();
    boolean found = false;
    String hint = " IGNORE INDEX (" + MySqlIdentifiers.INSTANCE.quote(index) + ")";
    while (m.find()) {
      found = true;
      String alias = m.group(4);
      boolean isAlias =
          alias != null && !MySqlAliases.NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT));
      String replacement =
          isAlias
              ? m.group(1) + m.group(2) + m.group(3) + hint
              : m.group(1) + m.group(2) + hint + (m.group(3) == null ? "" : m.group(3));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return found ? out.toString() : null;
  }
}
