package io.queryscope.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code explain --url}: the tree, the findings for the statement and the what-if result. */
@PostgresTest
class ExplainLiveTest {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.5);

  private static final String EMAIL_LOOKUP =
      "select * from customers where email = 'first.last.5@example.com'";

  /**
   * The fixture at this scale has 10,000 customers, at the rule's default threshold; --set is
   * exercised all the same: below the rule's default 10,000.
   */
  private static final String SMALL_TABLES = "--set=missing-index.min-table-rows=1000";

  @Test
  void showsTheTreeAndAVerifiedIndex() {
    Cli.Result r =
        Cli.run(
            "explain",
            "--url",
            DB.jdbcUrl(),
            "--user",
            DB.get().user(),
            "--analyze",
            "--what-if",
            "transactional",
            "--no-color",
            EMAIL_LOOKUP);
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Plan  postgresql, executed");
    assertThat(r.out()).contains("Seq Scan on customers").contains("◀ dominant");
    assertThat(r.out()).contains("What-if").contains("CREATE INDEX").contains("transactional");
    // literals are redacted by default, even in plan conditions
    assertThat(r.out()).doesNotContain("first.last.5@example.com");
  }

  @Test
  void jsonCarriesTheFindingWithCostsBeforeAndAfter() throws Exception {
    Path sql = Files.createTempFile("qs-explain", ".sql");
    Files.writeString(sql, EMAIL_LOOKUP + "\n");
    Cli.Result r =
        Cli.run(
            "explain",
            "--url",
            DB.jdbcUrl(),
            "--user",
            DB.get().user(),
            "--file",
            sql.toString(),
            "--what-if",
            "transactional",
            "--format",
            "json",
            "--show-literals");
    Files.delete(sql);
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("rule").asText()).isEqualTo("missing-index");
    JsonNode verified = finding.path("recommendation").path("verified");
    assertThat(verified.path("costAfter").asDouble())
        .isLessThan(verified.path("costBefore").asDouble());
    assertThat(r.out()).contains("first.last.5@example.com");
    assertThat(json.path("plans").size()).isEqualTo(1);
  }
}
