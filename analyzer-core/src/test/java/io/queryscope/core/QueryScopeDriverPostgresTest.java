package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/** The jdbc:queryscope: URL form, for applications that cannot change code. */
@PostgresTest
class QueryScopeDriverPostgresTest {

  @Test
  void aQueryscopeUrlOpensTheRealDriverAndCapturesIt(TestDatabase db, @TempDir Path dir)
      throws SQLException {
    String url = db.jdbcUrl().replace("jdbc:", QueryScopeDriver.PREFIX);
    String marker = "select 'driver-form-" + System.nanoTime() + "', ?::int";
    try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
        PreparedStatement ps = c.prepareStatement(marker)) {
      assertThat(c.isWrapperFor(PGConnection.class)).isTrue();
      ps.setInt(1, 5);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(2)).isEqualTo(5);
      }
    }
    QueryScope scope = QueryScopeDriver.scope();
    List<StatementEvent> mine =
        scope.events().statements().stream().filter(e -> e.sql().equals(marker)).toList();
    assertThat(mine)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.binds()).containsExactly("5");
              assertThat(e.rowsFetched()).isEqualTo(1);
              assertThat(e.callSite().methodName())
                  .isEqualTo("aQueryscopeUrlOpensTheRealDriverAndCapturesIt");
            });
    // Connections to one URL are one pool, named by the URL without parameters (a password may be
    // one of them).
    String name = db.jdbcUrl().replaceFirst("[?;].*$", "");
    assertThat(scope.events().pools())
        .filteredOn(pool -> pool.name().equals(name))
        .singleElement()
        .satisfies(
            pool -> {
              assertThat(pool.config()).isNull();
              assertThat(pool.acquisitions()).isEqualTo(1);
            });
    assertThat(scope.events().connections())
        .filteredOn(c -> name.equals(c.pool()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.returned()).isTrue();
              assertThat(c.statements()).isEqualTo(1);
            });

    Path file = dir.resolve("exit/events.jsonl");
    QueryScopeDriver.export(scope, file, ExportOptions.EVERYTHING);
    assertThat(QueryScope.importEvents(file).statements())
        .anySatisfy(e -> assertThat(e.sql()).isEqualTo(marker));
  }

  @Test
  void urlsOfOtherDriversAreLeftToThem() throws SQLException {
    QueryScopeDriver driver = new QueryScopeDriver();
    assertThat(driver.acceptsURL("jdbc:postgresql://localhost/x")).isFalse();
    assertThat(driver.connect("jdbc:postgresql://localhost/x", new Properties())).isNull();
    assertThat(driver.acceptsURL("jdbc:queryscope:postgresql://localhost/x")).isTrue();
  }

  @Test
  void settingsComeFromQueryscopeProperties() {
    Properties p = new Properties();
    p.setProperty("queryscope.ringSize", "123");
    p.setProperty("queryscope.leakThreshold", "2m");
    p.setProperty("queryscope.export", "target/events.jsonl");
    p.setProperty("queryscope.exportBinds", "true");
    DriverSettings settings = DriverSettings.from(p);
    assertThat(settings.export()).isEqualTo(Path.of("target/events.jsonl"));
    assertThat(settings.exportOptions()).isEqualTo(new ExportOptions(true, false));
    QueryScope scope = settings.builder().build();
    assertThat(scope.recorder().settings().ringSize()).isEqualTo(123);
    assertThat(scope.recorder().settings().leakThreshold()).isEqualTo(Duration.ofMinutes(2));

    Properties bad = new Properties();
    bad.setProperty("queryscope.ringSize", "lots");
    assertThatThrownBy(() -> DriverSettings.from(bad))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage(
            "queryscope.ringSize=lots is not a whole number; set e.g. queryscope.ringSize=10000");
    Properties typo = new Properties();
    typo.setProperty("queryscope.ringsize", "5");
    assertThatThrownBy(() -> DriverSettings.from(typo))
        .hasMessageContaining("unknown setting queryscope.ringsize");
  }
}
