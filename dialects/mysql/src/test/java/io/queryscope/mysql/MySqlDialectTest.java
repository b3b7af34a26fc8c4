package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.model.DatabaseKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlDialectTest {

  @Test
  void mariaDbIsAskedBeforeMySql() {
    List<DatabaseKind> order =
        Dialects.all().stream()
            .map(Dialect::kind)
            .filter(k -> k != DatabaseKind.POSTGRESQL)
            .toList();
    assertThat(order).containsExactly(DatabaseKind.MARIADB, DatabaseKind.MYSQL);
  }

  @Test
  void mariaDbPresentingItselfAsMySqlIsStillMariaDb() {
    String product = "MySQL";
    String version = "5.5.5-10.11.19-MariaDB-0+deb12u1";
    Dialect first =
        Dialects.all().stream()
            .filter(d -> d.acceptsServer(product, version))
            .findFirst()
            .orElseThrow();
    assertThat(first.kind()).isEqualTo(DatabaseKind.MARIADB);
    assertThat(new MySqlDialect().acceptsServer(product, version)).isFalse();
    assertThat(new MySqlDialect().acceptsServer("MySQL", "8.0.36")).isTrue();
    assertThat(new MariaDbDialect().acceptsServer("MySQL", "8.0.36")).isFalse();
    assertThat(new MariaDbDialect().acceptsServer("MariaDB", "11.4.2")).isTrue();
  }

  @Test
  void versionsAreData() {
    MySqlServerInfo maria = MySqlServerInfo.of("5.5.5-10.11.19-MariaDB-0+deb12u1");
    assertThat(maria.version().major()).isEqualTo(10);
    assertThat(maria.version().minor()).isEqualTo(11);
    assertThat(maria.supported()).isTrue();
    assertThat(maria.statementTimeoutVariable()).isEqualTo("max_statement_time");
    assertThat(MySqlServerInfo.of("10.5.2-MariaDB").supported()).isFalse();
    assertThat(MySqlServerInfo.of("8.0.17").canAnalyze()).isFalse();
    assertThat(MySqlServerInfo.of("8.0.18").canAnalyze()).isTrue();
    assertThat(MySqlServerInfo.of("5.7.44").supported()).isFalse();
    assertThat(MySqlServerInfo.of("8.4.3").statementTimeoutValue(java.time.Duration.ofSeconds(2)))
        .isEqualTo("2000");
  }

  @Test
  void acceptsBothDriverUrls() {
    assertThat(new MySqlDialect().acceptsUrl("jdbc:mysql://h:3306/shop")).isTrue();
    assertThat(new MariaDbDialect().acceptsUrl("jdbc:mariadb://h/shop")).isTrue();
    assertThat(new MySqlDialect().acceptsUrl("jdbc:postgresql://h/shop")).isFalse();
  }
}
