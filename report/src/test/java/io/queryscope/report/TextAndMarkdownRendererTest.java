package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.finding.Severity;
import org.junit.jupiter.api.Test;

class TextAndMarkdownRendererTest {

  @Test
  void textListsFindingsInPriorityOrderWithEvidenceAndFix() {
    String text = Rendering.render(ReportFormat.TEXT, SampleReports.document());
    assertThat(text).contains("3 findings (1 high, 1 medium, 1 low)");
    assertThat(text.indexOf("#1")).isLessThan(text.indexOf("#2"));
    assertThat(text.indexOf("missing-index")).isLessThan(text.indexOf("n-plus-one"));
    assertThat(text)
        .contains("CREATE INDEX idx_orders_customer_id_status ON orders (customer_id, status)");
    assertThat(text).contains("verified: cost 1,834 → 8.43");
    assertThat(text).contains("tableRows: 100,000");
    assertThat(text).contains("at       com.shop.OrderService.openOrders(OrderService.java:42)");
    assertThat(text).doesNotContain("\u001b[").doesNotContain("s3cret");
  }

  @Test
  void colourOnlyWhenAsked() {
    String text =
        Rendering.render(
            ReportFormat.TEXT, new RenderOptions(true, Severity.HIGH), SampleReports.document());
    assertThat(text).contains("\u001b[31mHIGH");
  }

  @Test
  void markdownHasARankedTableAndACollapsedSectionPerFinding() {
    String md = Rendering.render(ReportFormat.MARKDOWN, SampleReports.document());
    assertThat(md).startsWith("## queryscope: 3 findings");
    assertThat(md).contains("| # | severity | rule | finding | est. saved |");
    assertThat(md).contains("| 1 | 🔴 high | `missing-index` |");
    assertThat(md.split("<details>", -1)).hasSize(4);
    assertThat(md).contains("```sql\nCREATE INDEX idx_orders_customer_id_status");
    // HTML in a title cannot open a tag in the comment
    assertThat(md).contains("&lt;inside&gt;");
    assertThat(md).doesNotContain("s3cret");
  }
}
