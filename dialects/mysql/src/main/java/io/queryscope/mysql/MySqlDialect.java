package io.queryscope.mysql;

import io.queryscope.core.model.DatabaseKind;
import java.util.Locale;

/** MySQL 8.0+. Asked after {@link MariaDbDialect}, which claims MariaDB servers first. */
public final class MySqlDialect extends MySqlFamilyDialect {

  @Override
  public DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  public int detectionOrder() {
    return 30;
  }

  @Override
  public boolean acceptsServer(String productName, String versionText) {
    boolean mysqlProduct =
        productName != null && productName.toLowerCase(Locale.ROOT).contains("mysql");
    return mysqlProduct && !MySqlServerInfo.of(versionText).mariaDb();
  }
}
