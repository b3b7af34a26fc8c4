package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Opens the HTML report in headless Chromium: the script must run and draw the plan trees. */
@Tag("browser")
class HtmlReportBrowserTest {

  @Test
  void rendersFindingsAndPlanTreeWithoutScriptErrors() throws Exception {
    HeadlessChromium.assumeInstalled();
    Path dir = Files.createDirectories(Path.of("target", "html-report"));
    Path page = dir.resolve("sample-report.html");
    Files.writeString(
        page,
        Rendering.render(ReportFormat.HTML, SampleReports.document()),
        StandardCharsets.UTF_8);

    Path console = dir.resolve("sample-report.console.log");
    String dom = HeadlessChromium.dumpDom(page, console);

    assertThat(dom).as("DOM dump").contains("data-plans-rendered=\"1\"");
    assertThat(dom.contains("id=\"qs-script-error\""))
        .as("the page's script reported an error; see " + page)
        .isFalse();
    assertThat(Files.readString(console)).doesNotContain("Uncaught");
    // elements only the script creates: the tree, the dominant node, the filter chips
    assertThat(dom).contains("class=\"plan-tree\"");
    assertThat(dom).contains("class=\"plan-node dominant misestimated\"");
    assertThat(dom).contains("Seq Scan on orders");
    assertThat(dom).contains("Quantum Shuffle");
    assertThat(dom).contains("data-level=\"high\"");
    assertThat(dom).contains("id=\"finding-3\"");

    Path png = dir.resolve("sample-report.png");
    HeadlessChromium.screenshot(page, png);
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }
}
