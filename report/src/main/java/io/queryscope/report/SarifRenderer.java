package io.queryscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code-scanning dashboards. Rule metadata goes in {@code
 * tool.driver.rules}; the application call sites that ran a finding's query become its locations.
 */
final class SarifRenderer implements ReportRenderer {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String DOCS =
      "https://github.com/queryscope/queryscope/blob/main/docs/rules/";

  @Override
  public void render(ReportDocument document, PrintWriter out) {
    try {
      out.println(
          JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sarif(document)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode sarif(ReportDocument document) {
    Report report = document.report();
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.tool().name());
    driver.put("version", report.tool().version());
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (RuleInfo info : document.rules()) {
      ruleIndex.put(info.id(), ruleIndex.size());
      rules.add(rule(info));
    }
    for (Finding f : report.findings()) {
      // A finding from a rule the catalog does not list still needs its metadata entry.
      if (!ruleIndex.containsKey(f.rule())) {
        ruleIndex.put(f.rule(), ruleIndex.size());
        ObjectNode r = rules.addObject();
        r.put("id", f.rule());
        r.putObject("shortDescription").put("text", f.rule());
      }
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      results.add(result(f, ruleIndex.get(f.rule()), document));
    }
    if (report.target() != null && report.target().url() != null) {
      run.putObject("properties").put("target", report.target().url());
    }
    return root;
  }

  private static ObjectNode rule(RuleInfo info) {
    ObjectNode r = JsonReport.MAPPER.createObjectNode();
    r.put("id", info.id());
    r.put("name", pascal(info.id()));
    r.putObject("shortDescription").put("text", info.title());
    r.putObject("fullDescription").put("text", info.summary());
    // No helpUri: the project has no published site yet; the page ships with the CLI.
    r.putObject("help").put("text", info.summary() + " (queryscope rules " + info.id() + ")");
    r.putObject("defaultConfiguration").put("level", level(info.defaultSeverity()));
    ObjectNode props = r.putObject("properties");
    props.put("severity", info.defaultSeverity().id());
    ArrayNode tags = props.putArray("tags");
    tags.add("performance");
    tags.add("database");
    return r;
  }

  private static ObjectNode result(Finding f, int ruleIndex, ReportDocument document) {
    ObjectNode r = JsonReport.MAPPER.createObjectNode();
    r.put("ruleId", f.rule());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(f.severity()));
    String text =
        f.title() + (f.recommendation() == null ? "" : " Fix: " + f.recommendation().summary());
    r.putObject("message").put("text", text);
    List<CallSite> sites = JsonReport.callSites(f, document);
    if (!sites.isEmpty()) {
      ArrayNode locations = r.putArray("locations");
      for (CallSite site : sites) {
        locations.add(location(site));
      }
    }
    if (f.query() != null) {
      r.putObject("partialFingerprints")
          .put("queryscopeFingerprint/v1", f.rule() + ":" + f.query().fingerprint());
    }
    ObjectNode props = r.putObject("properties");
    props.put("severity", f.severity().id());
    props.put("priority", f.priority());
    if (f.impact() != null && !Double.isNaN(f.impact().estimatedMsSaved())) {
      props.put("estimatedMsSaved", f.impact().estimatedMsSaved());
    }
    if (f.query() != null) {
      props.put("sql", f.query().sql());
    }
    if (f.recommendation() != null && f.recommendation().ddl() != null) {
      props.put("ddl", f.recommendation().ddl());
    }
    return r;
  }

  private static ObjectNode location(CallSite site) {
    ObjectNode loc = JsonReport.MAPPER.createObjectNode();
    if (site.fileName() != null) {
      ObjectNode physical = loc.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", sourcePath(site));
      if (site.lineNumber() > 0) {
        physical.putObject("region").put("startLine", site.lineNumber());
      }
    }
    ObjectNode logical = loc.putArray("logicalLocations").addObject();
    logical.put("fullyQualifiedName", site.className() + "." + site.methodName());
    logical.put("kind", "function");
    return loc;
  }

  /** {@code com/shop/OrderService.java}: the package as folders, as source trees lay them out. */
  static String sourcePath(CallSite site) {
    int dot = site.className().lastIndexOf('.');
    String pkg = dot < 0 ? "" : site.className().substring(0, dot).replace('.', '/') + "/";
    return pkg + site.fileName();
  }

  static String level(Severity s) {
    return switch (s) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  private static String pascal(String id) {
    List<String> parts = new ArrayList<>();
    for (String p : id.split("[^A-Za-z0-9]+")) {
      if (!p.isEmpty()) {
        parts.add(Character.toUpperCase(p.charAt(0)) + p.substring(1));
      }
    }
    return String.join("", parts);
  }
}
