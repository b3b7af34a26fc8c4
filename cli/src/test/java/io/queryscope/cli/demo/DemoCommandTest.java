package io.queryscope.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.fixtures.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole demo in-process: the planted problems must come out of the analysis. */
@PostgresTest
class DemoCommandTest {

  @Test
  void findsThePlantedProblemsAndShowsProgressAsPlainLines() throws Exception {
    Cli.Result r = Cli.run("demo", "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> rules = new ArrayList<>();
    json.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules)
        .contains(
            "missing-index",
            "non-sargable-predicate",
            "deep-offset",
            "n-plus-one",
            "pool-exhaustion",
            "duplicate-index");
    // The one misestimate is the planted city/country one. The last-name search also ran with a
    // name nobody has (the planner expected its default 100 rows, got 0): that is no evidence.
    List<String> misestimates = new ArrayList<>();
    json.path("findings")
        .forEach(
            f -> {
              if (f.path("rule").asText().equals("row-misestimate")) {
                misestimates.add(f.path("title").asText());
              }
            });
    assertThat(misestimates).singleElement().asString().contains("addresses");
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("priority").asInt()).isEqualTo(1);
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    // call sites from the proxy name the application method, past its data-access helper
    assertThat(r.out()).contains("ShopApplication.recentOrdersWithCustomers");
    assertThat(r.out()).doesNotContain("ShopJdbc");
    // index fixes were verified on the server (rolled-back CREATE INDEX)
    boolean verified = false;
    for (JsonNode f : json.path("findings")) {
      if (f.path("rule").asText().equals("missing-index")) {
        verified |= f.path("recommendation").path("verified").has("costAfter");
        assertThat(f.path("recommendation").path("ddl").asText()).startsWith("CREATE INDEX");
      }
    }
    assertThat(verified).isTrue();
    // not a terminal: one plain line per phase on stderr
    assertThat(r.err())
        .contains("queryscope: loading the shop schema")
        .contains("queryscope: explaining")
        .contains("demo finished in");
  }
}
