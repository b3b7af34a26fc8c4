package io.queryscope.mysql;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.IdentifierQuoting;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/** What MySQL and MariaDB share: URLs, plan parsing, slow logs, DDL quoting and sessions. */
abstract class MySqlFamilyDialect implements Dialect {

  @Override
  public boolean acceptsUrl(String jdbcUrl) {
    if (jdbcUrl == null) {
      return false;
    }
    String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
    return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
  }

  @Override
  public boolean recognizesPlan(String planText) {
    return MySqlExplainParser.looksLikePlan(planText)
            && MySqlExplainParser.looksLikeMySql(planText) == (kind() == DatabaseKind.MYSQL)
        || MySqlTreeAnalyzeParser.looksLikeTree(planText) && kind() == DatabaseKind.MYSQL;
  }

  @Override
  public Plan parsePlan(String planText, String sql) {
    if (MySqlTreeAnalyzeParser.looksLikeTree(planText)) {
      return new MySqlTreeAnalyzeParser(kind()).parse(planText, sql, Plan.PlanSource.FILE);
    }
    return new MySqlExplainParser(kind()).parse(planText, sql, Plan.PlanSource.FILE);
  }

  @Override
  public LogEvidence readLog(Path file) {
    return new MySqlSlowLogReader().read(file);
  }

  @Override
  public DialectSession open(Connection connection, SessionOptions options) {
    return MySqlSession.open(connection, options);
  }

  @Override
  public IdentifierQuoting identifiers() {
    return MySqlIdentifiers.INSTANCE;
  }
}
