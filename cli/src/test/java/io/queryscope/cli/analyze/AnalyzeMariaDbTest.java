package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.cli.ShopWorkload;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code analyze --url} on the MySQL family with the shop fixture (MariaDB here). */
@MySqlTest
class AnalyzeMariaDbTest {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.mysql().withShop(0.05);

  @Test
  void findsThePlantedProblemsWithMySqlDdl() throws Exception {
    DB.get().assumeStatementStatistics();
    ShopWorkload.run(DB.dataSource(), 3);
    Cli.Result r =
        Cli.run(
            "analyze",
            "--url",
            DB.jdbcUrl(),
            "--user",
            DB.get().user(),
            "--format",
            "json",
            "--quiet",
            "--top",
            "10");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("target").path("dialect").asText()).isIn("mariadb", "mysql");
    assertThat(json.path("target").path("dialect").asText())
        .isEqualTo(DB.kind().name().toLowerCase(java.util.Locale.ROOT));
    List<String> rules = new ArrayList<>();
    json.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules).contains("duplicate-index");
    // InnoDB indexes every foreign key itself: the PostgreSQL-only planted problem must not appear
    assertThat(rules).doesNotContain("missing-fk-index");
    for (JsonNode f : json.path("findings")) {
      if (f.path("rule").asText().equals("duplicate-index")) {
        assertThat(f.path("recommendation").path("ddl").asText()).containsIgnoringCase("orders");
      }
    }
  }
}
