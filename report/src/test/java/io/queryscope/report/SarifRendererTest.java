package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

  @Test
  void isSarif210WithRuleMetadataAndCallSiteLocations() throws Exception {
    JsonNode sarif =
        new ObjectMapper().readTree(Rendering.render(ReportFormat.SARIF, SampleReports.document()));
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = sarif.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("queryscope");
    JsonNode rules = driver.path("rules");
    assertThat(rules).hasSize(4);
    assertThat(rules.get(0).path("id").asText()).isEqualTo("missing-index");
    assertThat(rules.get(0).path("shortDescription").path("text").asText()).isNotBlank();
    assertThat(rules.get(0).path("defaultConfiguration").path("level").asText()).isEqualTo("error");

    JsonNode results = run.path("results");
    assertThat(results).hasSize(3);
    JsonNode first = results.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("missing-index");
    int index = first.path("ruleIndex").asInt();
    assertThat(rules.get(index).path("id").asText()).isEqualTo("missing-index");
    assertThat(first.path("level").asText()).isEqualTo("error");
    assertThat(first.path("message").path("text").asText()).contains("scanned in full");
    JsonNode physical = first.path("locations").get(0).path("physicalLocation");
    assertThat(physical.path("artifactLocation").path("uri").asText())
        .isEqualTo("com/shop/OrderService.java");
    assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(42);
    assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
    assertThat(results.get(2).path("level").asText()).isEqualTo("note");
    // Results carry a stable fingerprint so dashboards track them across runs.
    assertThat(first.path("partialFingerprints").size()).isEqualTo(1);
  }
}
