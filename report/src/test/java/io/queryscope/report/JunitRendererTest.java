package io.queryscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findingsAtOrAboveFailOnAreFailuresTheRestPass() throws Exception {
    Document xml =
        parse(
            Rendering.render(
                ReportFormat.JUNIT,
                new RenderOptions(false, Severity.MEDIUM),
                SampleReports.document()));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    // three findings plus one rule (deep-offset) that found nothing
    assertThat(suite.getAttribute("tests")).isEqualTo("4");
    assertThat(suite.getAttribute("failures")).isEqualTo("2");
    NodeList cases = xml.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(4);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("queryscope.missing-index");
    assertThat(first.getAttribute("name")).startsWith(SampleReports.ORDERS_FP);
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("high");
    assertThat(failure.getTextContent()).contains("CREATE INDEX idx_orders_customer_id_status");
    Element low = (Element) cases.item(2);
    assertThat(low.getElementsByTagName("failure").getLength()).isZero();
    Element quiet = (Element) cases.item(3);
    assertThat(quiet.getAttribute("classname")).isEqualTo("queryscope.deep-offset");
  }

  @Test
  void withoutFailOnNothingFails() throws Exception {
    Document xml = parse(Rendering.render(ReportFormat.JUNIT, SampleReports.document()));
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    // the title with markup characters survives escaping
    assertThat(xml.getElementsByTagName("system-out").item(1).getTextContent())
        .contains("<inside>");
  }
}
