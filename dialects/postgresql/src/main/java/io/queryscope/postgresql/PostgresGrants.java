package io.queryscope.postgresql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grant a PostgreSQL "permission denied for …" message says is missing, as advice. */
final class PostgresGrants {

  private static final Pattern DENIED =
      Pattern.compile(
          "permission denied for (table|view|relation|sequence|materialized view|schema|function"
              + "|procedure|database) (\\S+)");

  private PostgresGrants() {}

  /** What to run so the analysis user gets past {@code message}. */
  static String advice(String message) {
    Matcher m = DENIED.matcher(message == null ? "" : message);
    if (!m.find()) {
      return "grant the user queryscope connects as read access to what the message names"
          + " (GRANT pg_read_all_data covers every table on PostgreSQL 14+)";
    }
    String object = m.group(2);
    String grant =
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "schema" -> "GRANT USAGE ON SCHEMA " + object;
          case "function", "procedure" -> "GRANT EXECUTE ON FUNCTION " + object;
          case "database" -> "GRANT CONNECT ON DATABASE " + object;
          default -> "GRANT SELECT ON " + object;
        };
    return "run "
        + grant
        + " TO the user queryscope connects as"
        + (grant.startsWith("GRANT SELECT")
            ? " (or GRANT pg_read_all_data on PostgreSQL 14+)"
            : "");
  }
}
