package io.queryscope.mysql;

import io.queryscope.core.model.DatabaseKind;

/**
 * MariaDB 10.6+. Asked before {@link MySqlDialect}: MariaDB reached through Connector/J reports the
 * product name "MySQL" and a version like {@code 5.5.5-10.11.19-MariaDB}.
 */
public final class MariaDbDialect extends MySqlFamilyDialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.MARIADB;
  }

  @Override
  public int detectionOrder() {
    return 20;
  }

  @Override
  public boolean acceptsServer(String productName, String versionText) {
    return MySqlServerInfo.of(versionText).mariaDb()
        || (productName != null
            && productName.toLowerCase(java.util.Locale.ROOT).contains("mariadb"));
  }
}
