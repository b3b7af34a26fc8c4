package io.queryscope.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineStatement;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.PlanComparator;
import io.queryscope.regression.RecordedNode;
import io.queryscope.regression.RecordedPlan;
import io.queryscope.regression.StatementSpec;
import io.queryscope.regression.Thresholds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every output format on one report: a regression, an improvement and an unchanged statement. */
class CheckRenderersTest {

  private static RecordedPlan scan(Operation operation, String index, double cost) {
    PlanNode node =
        PlanNode.builder(operation)
            .nodeType(operation == Operation.FULL_SCAN ? "Seq Scan" : "Index Scan")
            .relation("orders")
            .index(index)
            .estimates(new Estimates(0, cost, 10, Double.NaN, 8))
            .build();
    return RecordedPlan.of(RecordedNode.from(node), false, null);
  }

  private static BaselineStatement statement(String id, RecordedPlan plan) {
    return new BaselineStatement(
        new StatementSpec(
            id,
            "select * from orders where customer_id = ? and status = 'paid'",
            List.of("7"),
            "ab"),
        plan);
  }

  private static CheckReport report() {
    PlanComparator comparator = new PlanComparator(Thresholds.DEFAULTS);
    BaselineStatement regressed =
        statement("orders.sql#1", scan(Operation.INDEX_SCAN, "orders_customer_idx", 8));
    BaselineStatement improved = statement("orders.sql#2", scan(Operation.FULL_SCAN, null, 900));
    BaselineStatement same =
        statement("orders.sql#3", scan(Operation.INDEX_SCAN, "orders_pkey", 8));
    Baseline baseline =
        new Baseline("dev", "postgresql", "17.6", false, 1, List.of(regressed, improved, same));
    return new CheckReport(
        new Target(
            DatabaseKind.POSTGRESQL, ServerVersion.parse("17.6"), "jdbc:postgresql://h/shop"),
        baseline,
        Thresholds.DEFAULTS,
        List.of(
            comparator.compare(regressed, scan(Operation.FULL_SCAN, null, 1800)),
            comparator.compare(improved, scan(Operation.INDEX_SCAN, "orders_customer_idx", 8)),
            comparator.compare(same, scan(Operation.INDEX_SCAN, "orders_pkey", 8))));
  }

  @Test
  void junitXmlHasOneFailingCaseForTheRegressionAndPassesTheRest() throws Exception {
    String xml = CheckFormat.JUNIT.renderer().render(report(), Severity.MEDIUM);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo("queryscope plans check");
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("name")).isEqualTo("orders.sql#1");
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("index-to-full-scan");
    assertThat(failure.getAttribute("message"))
        .startsWith("high plan regression: index-to-full-scan (orders: index scan using")
        .contains("cost-up");
    assertThat(failure.getTextContent())
        .contains("Index Scan using orders_customer_idx on orders | Seq Scan on orders");
    Element second = (Element) cases.item(1);
    assertThat(second.getElementsByTagName("failure").getLength()).isZero();
    assertThat(second.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("improvement info index-to-full-scan");
    assertThat(((Element) cases.item(2)).getChildNodes().getLength()).isZero();
  }

  @Test
  void junitXmlPassesARegressionBelowFailOn() throws Exception {
    String xml = CheckFormat.JUNIT.renderer().render(report(), Severity.CRITICAL);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("failures"))
        .isEqualTo("0");
  }

  @Test
  void markdownHasATableAndTheRegressionWithItsDiff() {
    String md = CheckFormat.MARKDOWN.renderer().render(report(), Severity.MEDIUM);
    assertThat(md)
        .startsWith("## queryscope plan check\n")
        .contains("checked on postgresql 17.6. **Failed** (fails on medium or above).")
        .contains("| Statement | Verdict | Severity | Changes |")
        .contains("| `orders.sql#1` | regressed | high | index-to-full-scan, cost-up |")
        .contains("| `orders.sql#2` | improved |  | index-to-full-scan, cost-up |")
        .contains("| `orders.sql#3` | unchanged |  |  |")
        .contains("### `orders.sql#1` — regressed (high)")
        .contains(
            "- **high** `index-to-full-scan`: orders: index scan using orders_customer_idx → full scan")
        .contains("```text\nbaseline")
        .contains("Index Scan using orders_customer_idx on orders | Seq Scan on orders")
        .doesNotContain("### `orders.sql#3`")
        .endsWith(
            "3 statement(s): 1 regressed, 0 failed, 1 improved, 0 changed, 1 unchanged; FAILED:"
                + " regressions at medium or above\n");
  }

  @Test
  void jsonKeepsTheReportContractAndListsEveryStatement() throws Exception {
    JsonNode json =
        new ObjectMapper().readTree(CheckFormat.JSON.renderer().render(report(), Severity.MEDIUM));
    assertThat(json.path("tool").path("name").asText()).isEqualTo("queryscope");
    assertThat(json.path("target").path("dialect").asText()).isEqualTo("postgresql");
    assertThat(json.path("summary").path("regressed").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("findings").asInt()).isEqualTo(1);
    assertThat(json.path("passed").asBoolean()).isFalse();
    JsonNode finding = json.path("findings").get(0);
    assertThat(finding.path("rule").asText()).isEqualTo("plan-regression");
    assertThat(finding.path("severity").asText()).isEqualTo("high");
    assertThat(finding.path("query").path("id").asText()).isEqualTo("orders.sql#1");
    JsonNode first = json.path("statements").get(0);
    assertThat(first.path("verdict").asText()).isEqualTo("regressed");
    assertThat(first.path("changes").get(0).path("kind").asText()).isEqualTo("index-to-full-scan");
    assertThat(first.path("diff").get(0).path("marker").asText()).isEqualTo("|");
    assertThat(json.path("statements").get(2).path("verdict").asText()).isEqualTo("unchanged");
    assertThat(first.path("sql").asText())
        .isEqualTo("select * from orders where customer_id = ? and status = ?");
  }

  @Test
  void textNamesVerdictsAndShowsTheDiffOfRegressionsOnly() {
    String text = CheckFormat.TEXT.renderer().render(report(), Severity.MEDIUM);
    assertThat(text)
        .contains("regressed  orders.sql#1  [high]")
        .contains("improved   orders.sql#2")
        .contains("unchanged  orders.sql#3")
        .contains("regression  high    index-to-full-scan")
        .contains("    Index Scan using orders_customer_idx on orders | Seq Scan on orders")
        .doesNotContain("Index Scan using orders_customer_idx on orders | Index Scan");
  }
}
