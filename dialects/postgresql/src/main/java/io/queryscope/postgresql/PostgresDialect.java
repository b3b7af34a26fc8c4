package io.queryscope.postgresql;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.IdentifierQuoting;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/** PostgreSQL 13–17, found through {@code META-INF/services}. */
public final class PostgresDialect implements Dialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  public int detectionOrder() {
    return 100;
  }

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  @Override
  public boolean acceptsServer(String productName, String versionText) {
    return (productName != null && productName.equalsIgnoreCase("PostgreSQL"))
        || (versionText != null && versionText.startsWith("PostgreSQL "));
  }

  @Override
  public boolean recognizesPlan(String planText) {
    return PostgresExplainParser.looksLikePlan(planText);
  }

  @Override
  public Plan parsePlan(String planText, String sql) {
    return PostgresExplainParser.parse(planText, sql, PlanSource.FILE);
  }

  @Override
  public LogEvidence readLog(Path file) {
    return new AutoExplainLogReader().read(file);
  }

  @Override
  public DialectSession open(Connection connection, SessionOptions options) {
    return PostgresSession.open(connection, options);
  }

  @Override
  public IdentifierQuoting identifiers() {
    return PostgresIdentifiers.INSTANCE;
  }
}
