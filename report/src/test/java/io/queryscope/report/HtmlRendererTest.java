package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  private final String html = Rendering.render(ReportFormat.HTML, SampleReports.document());

  @Test
  void isOneSelfContainedPage() {
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    assertThat(html).contains("<style>").contains("<svg class=\"chart\"");
    assertThat(html).doesNotContain("s3cret");
  }

  @Test
  void hasSummaryRankedFindingsChartAndPlanData() throws Exception {
    assertThat(html).contains("id=\"finding-1\"").contains("id=\"finding-3\"");
    assertThat(html.indexOf("id=\"finding-1\"")).isLessThan(html.indexOf("id=\"finding-2\""));
    assertThat(html).contains("&lt;inside&gt;");
    assertThat(html.split("<g class=\"bar\">", -1)).hasSize(4);
    String data =
        html.substring(
            html.indexOf("id=\"qs-plans\">") + "id=\"qs-plans\">".length(),
            html.indexOf("</script>", html.indexOf("id=\"qs-plans\"")));
    JsonNode plans = new ObjectMapper().readTree(data);
    JsonNode root = plans.path(SampleReports.ORDERS_FP).path("root");
    assertThat(root.path("label").asText()).isEqualTo("Limit");
    JsonNode scan = root.path("children").get(0).path("children").get(0);
    assertThat(scan.path("label").asText()).isEqualTo("Seq Scan on orders");
    assertThat(scan.path("dominant").asBoolean()).isTrue();
    assertThat(scan.path("misestimated").asBoolean()).isTrue();
  }
}
