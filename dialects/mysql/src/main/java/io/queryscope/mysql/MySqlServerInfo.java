package io.queryscope.mysql;

import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import java.util.Locale;

/**
 * Which MySQL-family server this is and what it can do, decided once from its version text so no
 * other class compares version strings.
 */
record MySqlServerInfo(DatabaseKind kind, ServerVersion version) {

  /** MariaDB behind a MySQL-protocol handshake prefixes its version with this. */
  private static final String MYSQL_COMPAT_PREFIX = "5.5.5-";

  static MySqlServerInfo of(String versionText) {
    String text = versionText == null ? "" : versionText.trim();
    boolean maria = text.toLowerCase(Locale.ROOT).contains("mariadb");
    if (maria && text.startsWith(MYSQL_COMPAT_PREFIX)) {
      text = text.substring(MYSQL_COMPAT_PREFIX.length());
    }
    return new MySqlServerInfo(
        maria ? DatabaseKind.MARIADB : DatabaseKind.MYSQL, ServerVersion.parse(text));
  }

  boolean mariaDb() {
    return kind == DatabaseKind.MARIADB;
  }

  /** MySQL 8.0.18 added {@code EXPLAIN ANALYZE}; MariaDB has had {@code ANALYZE} since 10.1. */
  boolean canAnalyze() {
    return mariaDb() ? version.atLeast(10, 1) : version.atLeast(8, 0, 18);
  }

  /** The versions queryscope is built and tested for. */
  boolean supported() {
    return mariaDb() ? version.atLeast(10, 6) : version.atLeast(8, 0);
  }

  /** The session variable that bounds a statement's run time, and its unit. */
  String statementTimeoutVariable() {
    return mariaDb() ? "max_statement_time" : "max_execution_time";
  }

  /** MariaDB's is seconds (fractional), MySQL's milliseconds (SELECT only). */
  String statementTimeoutValue(java.time.Duration timeout) {
    return mariaDb()
        ? String.format(Locale.ROOT, "%.3f", timeout.toMillis() / 1000.0)
        : Long.toString(Math.max(1, timeout.toMillis()));
  }

  String label() {
    return (mariaDb() ? "MariaDB " : "MySQL ") + version;
  }
}
