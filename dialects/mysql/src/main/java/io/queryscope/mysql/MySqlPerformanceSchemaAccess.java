package io.queryscope.mysql;

import java.util.Optional;

/**
 * Decides whether statement digests can be read, and if not, the one note that tells the user what
 * to change. Kept apart from JDBC so every branch is testable without reconfiguring a server.
 *
 * @param setting {@code @@performance_schema} as the server prints it; null when the variable does
 *     not exist (server built without it)
 * @param digestConsumerEnabled {@code setup_consumers.statements_digest}; null when unknown
 * @param accessError the server's message when reading the digest table failed; null when it worked
 * @param account the analyzer's account as {@code 'user'@'host'}, for the GRANT line
 */
record MySqlPerformanceSchemaAccess(
    String setting, Boolean digestConsumerEnabled, String accessError, String account) {

  static final String DIGEST_TABLE = "performance_schema.events_statements_summary_by_digest";

  boolean readable() {
    return enabled() && accessError == null;
  }

  boolean enabled() {
    return setting != null && (setting.equalsIgnoreCase("ON") || setting.equals("1"));
  }

  /** What to tell the user, or empty when digests are read in full. */
  Optional<String> note() {
    if (!enabled()) {
      return Optional.of(
          "performance_schema is "
              + (setting == null ? "not available" : "OFF")
              + " on this server, so no statement statistics were read: set performance_schema=ON"
              + " in the [mysqld] section of the server config and restart the server (it cannot"
              + " be turned on at runtime; MariaDB has it OFF by default)");
    }
    if (accessError != null) {
      return Optional.of(
          "cannot read "
              + DIGEST_TABLE
              + " as "
              + account
              + " ("
              + accessError
              + "), so no statement statistics were read: run GRANT SELECT ON performance_schema.*"
              + " TO "
              + account
              + ";");
    }
    if (Boolean.FALSE.equals(digestConsumerEnabled)) {
      return Optional.of(
          "the statements_digest consumer is disabled, so statement statistics may be stale or"
              + " empty: run UPDATE performance_schema.setup_consumers SET ENABLED = 'YES' WHERE NAME"
              + " = 'statements_digest'; (add performance-schema-consumer-statements-digest=ON to"
              + " the server config to keep it after a restart)");
    }
    return Optional.empty();
  }
}
