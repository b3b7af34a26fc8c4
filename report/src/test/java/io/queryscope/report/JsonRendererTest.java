package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private final JsonNode json =
      parse(Rendering.render(ReportFormat.JSON, SampleReports.document()));

  private static JsonNode parse(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @Test
  void followsTheDesignContractFieldForField() {
    assertThat(json.path("tool").path("name").asText()).isEqualTo("queryscope");
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    assertThat(json.path("target").path("serverVersion").asText()).isEqualTo("17.6");
    assertThat(json.path("summary").path("statements").asLong()).isEqualTo(5000);
    assertThat(json.path("summary").path("fingerprints").asLong()).isEqualTo(42);
    assertThat(json.path("summary").path("findings").asLong()).isEqualTo(3);
    JsonNode first = json.path("findings").get(0);
    assertThat(first.path("rule").asText()).isEqualTo("missing-index");
    assertThat(first.path("severity").asText()).isEqualTo("high");
    assertThat(first.path("priority").asInt()).isEqualTo(1);
    assertThat(first.path("title").asText()).contains("scanned in full");
    assertThat(first.path("impact").path("estimatedMsSaved").asDouble()).isEqualTo(2900.5);
    assertThat(first.path("impact").path("share").asDouble()).isEqualTo(0.41);
    assertThat(first.path("query").path("fingerprint").asText()).isEqualTo(SampleReports.ORDERS_FP);
    assertThat(first.path("query").path("sql").asText()).startsWith("select * from orders");
    assertThat(first.path("query").path("calls").asLong()).isEqualTo(1200);
    assertThat(first.path("query").path("totalMs").asDouble()).isEqualTo(3400.0);
    // An added field: which evidence counted calls and totalMs (each is read over its own window).
    assertThat(first.path("query").path("source").asText()).isEqualTo("pg_stat_statements");
    assertThat(first.path("evidence").path("table").asText()).isEqualTo("orders");
    assertThat(first.path("evidence").path("predicateColumns").get(1).asText()).isEqualTo("status");
    JsonNode rec = first.path("recommendation");
    assertThat(rec.path("summary").asText()).contains("orders(customer_id, status)");
    assertThat(rec.path("ddl").asText()).startsWith("CREATE INDEX idx_orders_customer_id_status");
    assertThat(rec.path("verified").path("costBefore").asDouble()).isEqualTo(1834.0);
    assertThat(rec.path("verified").path("costAfter").asDouble()).isEqualTo(8.43);
    assertThat(json.path("notes").get(0).asText()).contains("pg_stat_statements");
  }

  @Test
  void findingsWithoutQueryOrVerificationHaveNullsNotMissingFields() {
    JsonNode fk = json.path("findings").get(2);
    assertThat(fk.has("query")).isTrue();
    assertThat(fk.path("query").isNull()).isTrue();
    assertThat(fk.path("recommendation").path("verified").isNull()).isTrue();
    assertThat(fk.path("recommendation").path("ddl").isNull()).isTrue();
  }

  @Test
  void neverPrintsThePassword() {
    String text = Rendering.render(ReportFormat.JSON, SampleReports.document());
    assertThat(text).doesNotContain("s3cret");
    assertThat(json.path("target").path("url").asText()).contains("localhost:5432/shop");
  }
}
