package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.model.DatabaseKind;
import org.junit.jupiter.api.Test;

class PostgresDialectTest {

  @Test
  void isFoundThroughServiceLoader() {
    assertThat(Dialects.byKind(DatabaseKind.POSTGRESQL)).get().isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.forUrl("jdbc:postgresql://localhost/shop"))
        .get()
        .isInstanceOf(PostgresDialect.class);
  }

  @Test
  void tellsItsServersAndPlans() {
    PostgresDialect d = new PostgresDialect();
    assertThat(d.acceptsUrl("jdbc:mysql://localhost/shop")).isFalse();
    assertThat(d.acceptsServer("PostgreSQL", "PostgreSQL 15.20 (Debian)")).isTrue();
    assertThat(d.acceptsServer("MariaDB", "10.11.19-MariaDB")).isFalse();
    assertThat(d.recognizesPlan("[{\"Plan\": {\"Node Type\": \"Seq Scan\"}}]")).isTrue();
    assertThat(d.recognizesPlan("{\"query_block\": {\"select_id\": 1}}")).isFalse();
  }
}
