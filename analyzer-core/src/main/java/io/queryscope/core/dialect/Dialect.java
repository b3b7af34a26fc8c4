package io.queryscope.core.dialect;

import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * One server family. Registered in {@code META-INF/services/io.queryscope.core.dialect.Dialect}.
 * Methods that take no connection work offline (saved plans, log files).
 */
public interface Dialect {

  DatabaseKind kind();

  /**
   * Lower values are asked first. MariaDB comes before MySQL because MariaDB can present itself as
   * MySQL.
   */
  int detectionOrder();

  /** True for URLs this dialect's driver takes ({@code jdbc:postgresql:}). */
  boolean acceptsUrl(String jdbcUrl);

  /**
   * True when a connected server is of this family.
   *
   * @param productName {@code DatabaseMetaData.getDatabaseProductName()}
   * @param versionText the server's own {@code version()} text
   */
  boolean acceptsServer(String productName, String versionText);

  /**
   * True when a saved plan looks like this dialect's JSON, for {@code explain --plan} without a
   * dialect.
   */
  boolean recognizesPlan(String planText);

  /**
   * Parses a saved plan. Unknown nodes and keys become warnings, never failures.
   *
   * @throws io.queryscope.core.QueryScopeException MALFORMED_PLAN when the text is not a plan at
   *     all
   */
  Plan parsePlan(String planText, String sql);

  /**
   * Reads a server log file (PostgreSQL auto_explain, MySQL slow log) into workload and plans.
   *
   * @throws io.queryscope.core.QueryScopeException MALFORMED_LOG naming the file and line
   */
  LogEvidence readLog(Path file);

  /**
   * Opens a read-only analysis session on a connection the caller owns: sets read-only and
   * statement/lock timeouts before anything else runs.
   */
  DialectSession open(Connection connection, SessionOptions options);

  /** The one way this server's names are written into SQL (DDL, hints, catalog queries). */
  IdentifierQuoting identifiers();
}
