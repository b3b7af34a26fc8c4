package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A failing statement's message quotes its values (PostgreSQL's {@code Detail: Key (email)=(…)});
 * an export that redacts binds and literals redacts them in the message too.
 */
@PostgresTest
class SecretsInEventsPostgresTest {

  @Test
  void aRedactedExportKeepsTheValuesOutOfFailureMessages(TestDatabase db) throws Exception {
    db.execute("create table secrets_events_people (email text primary key)");
    QueryScope scope = QueryScope.builder().build();
    DataSource ds = scope.wrap(db.dataSource());
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("insert into secrets_events_people values ('literal@example.org')");
      }
      try (Statement s = c.createStatement()) {
        s.execute("insert into secrets_events_people values ('literal@example.org')");
      } catch (SQLException expected) {
        assertThat(expected.getMessage()).contains("literal@example.org");
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into secrets_events_people values (?)")) {
        ps.setString(1, "bound@example.org");
        ps.execute();
        ps.execute();
      } catch (SQLException expected) {
        assertThat(expected.getMessage()).contains("bound@example.org");
      }
    }
    StringWriter redacted = new StringWriter();
    scope.exportEvents(redacted, ExportOptions.REDACTED);
    assertThat(redacted.toString())
        .contains("duplicate key")
        .doesNotContain("literal@example.org")
        .doesNotContain("bound@example.org");

    StringWriter everything = new StringWriter();
    scope.exportEvents(everything, ExportOptions.EVERYTHING);
    assertThat(everything.toString()).contains("literal@example.org").contains("bound@example.org");
  }
}
