package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.core.ExportOptions;
import io.queryscope.core.QueryScope;
import io.queryscope.demo.DatabaseKind;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * The nightly story on a real server with the shop schema: record, break a plan by dropping an
 * index, check (exit 1, the right class for the right statement), restore (exit 0), grow the data
 * (still exit 0). Each dialect's test class runs it on its own database; the test changes its own
 * database's schema, while the analyzer's connection stays read-only.
 */
abstract class PlanRegressionScenario {

  static final String QUERIES =
      "-- customers by last name: customers_last_name_idx\n"
          + "-- params: 'Miller'\n"
          + "select id, email from customers where last_name = ?;\n"
          + "\n"
          + "-- a customer's latest orders: orders_customer_id_created_at_idx\n"
          + "select id, total, created_at from orders where customer_id = 42\n"
          + "  order by created_at desc limit 10;\n"
          + "\n"
          + "-- an order with its customer, both by key\n"
          + "-- params: 7\n"
          + "select o.id, o.total, c.email from orders o join customers c on c.id = o.customer_id\n"
          + "  where o.id = ?;\n";

  @TempDir Path dir;

  abstract TestDatabaseExtension database();

  abstract String dropLastNameIndex();

  abstract String analyze(String table);

  String createLastNameIndex() {
    return "create index customers_last_name_idx on customers (last_name)";
  }

  record Run(int exitCode, String out, String err) {}

  Run plans(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new PlansCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", database().jdbcUrl(), "--user", database().get().user()));
    String password = database().get().password();
    if (password != null && !password.isEmpty()) {
      all.addAll(List.of("--password-file", passwordFile(password).toString()));
    }
    int code = cli.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private Path passwordFile(String password) {
    try {
      Path file = dir.resolve("password");
      Files.writeString(file, password + "\n");
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  void execute(String... statements) throws SQLException {
    try (Connection c = database().connection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  Path queries() throws Exception {
    Path file = dir.resolve("queries.sql");
    Files.writeString(file, QUERIES);
    return file;
  }

  Path record(String... extra) throws Exception {
    Path baseline = dir.resolve("baseline.json");
    List<String> args =
        new ArrayList<>(
            List.of("record", "--queries", queries().toString(), "--out", baseline.toString()));
    args.addAll(List.of(extra));
    Run run = plans(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("recorded 3 statement(s) on ");
    return baseline;
  }

  @Test
  void aDroppedIndexFailsTheCheckAndRestoringItPasses() throws Exception {
    Path baseline = record();
    String firstRecording = Files.readString(baseline);
    assertThat(BaselineReader.read(baseline).statements())
        .extracting(s -> s.id())
        .containsExactly("queries.sql#1", "queries.sql#2", "queries.sql#3");

    Run clean = plans("check", "--baseline", baseline.toString());
    assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
    assertThat(clean.out()).contains("3 statement(s): 0 regressed, 0 failed");

    record();
    assertThat(Files.readString(baseline))
        .as("recording the same plans twice gives the same bytes")
        .isEqualTo(firstRecording);

    execute(dropLastNameIndex());
    try {
      Path junit = dir.resolve("plans.xml");
      Run broken =
          plans(
              "check",
              "--baseline",
              baseline.toString(),
              "--format",
              "junit",
              "--output",
              junit.toString());
      assertThat(broken.exitCode()).as(broken.out() + broken.err()).isEqualTo(1);
      assertThat(broken.out()).contains("1 regressed").contains("FAILED");
      assertJunitFailsOnlyTheLastNameLookup(junit);

      Run markdown = plans("check", "--baseline", baseline.toString(), "--format", "markdown");
      assertThat(markdown.exitCode()).isEqualTo(1);
      assertThat(markdown.out())
          .contains("| `queries.sql#1` | regressed | high | index-to-full-scan")
          .contains("| `queries.sql#2` | unchanged |")
          .contains("| `queries.sql#3` | unchanged |")
          .contains("- **high** `index-to-full-scan`: customers: ")
          .contains("customers_last_name_idx");

      Run json = plans("check", "--baseline", baseline.toString(), "--format", "json");
      assertThat(json.exitCode()).isEqualTo(1);
      JsonNode report = new ObjectMapper().readTree(json.out());
      assertThat(report.path("findings")).hasSize(1);
      assertThat(report.path("findings").get(0).path("rule").asText()).isEqualTo("plan-regression");
      JsonNode change = report.path("statements").get(0).path("changes").get(0);
      assertThat(change.path("kind").asText()).isEqualTo("index-to-full-scan");
      assertThat(change.path("relation").asText()).isEqualTo("customers");

      Run lenient = plans("check", "--baseline", baseline.toString(), "--fail-on", "critical");
      assertThat(lenient.exitCode()).as("a high regression passes --fail-on critical").isZero();
    } finally {
      execute(createLastNameIndex(), analyze("customers"));
    }

    Run restored = plans("check", "--baseline", baseline.toString());
    assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
    assertThat(restored.out()).contains("0 regressed");
  }

  private static void assertJunitFailsOnlyTheLastNameLookup(Path junit) throws Exception {
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      NodeList failures = testCase.getElementsByTagName("failure");
      if (testCase.getAttribute("name").equals("queries.sql#1")) {
        assertThat(failures.getLength()).isEqualTo(1);
        Element failure = (Element) failures.item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("index-to-full-scan");
        assertThat(failure.getAttribute("message")).startsWith("high plan regression:");
        assertThat(failure.getTextContent()).contains("customers").contains(" | ");
      } else {
        assertThat(failures.getLength()).as(testCase.getAttribute("name")).isZero();
      }
    }
  }

  @Test
  void moreDataWithTheSamePlanShapeIsNotARegression() throws Exception {
    Path baseline = record();
    execute(
        "insert into customers (id, email, first_name, last_name, country, created_at)"
            + " select id + 1000000, concat('more.', email), first_name, last_name, country,"
            + " created_at from customers where mod(id, 10) = 0",
        analyze("customers"));
    try {
      Run grown = plans("check", "--baseline", baseline.toString(), "--format", "json");
      assertThat(grown.exitCode()).as(grown.out() + grown.err()).isZero();
      JsonNode report = new ObjectMapper().readTree(grown.out());
      assertThat(report.path("summary").path("regressed").asInt()).isZero();
      for (JsonNode statement : report.path("statements")) {
        assertThat(statement.path("current").path("shapeHash").asText())
            .as(statement.path("id").asText())
            .isEqualTo(statement.path("baseline").path("shapeHash").asText());
      }
    } finally {
      execute("delete from customers where id >= 1000000", analyze("customers"));
    }
  }

  @Test
  void updateAcceptsTheNewPlansAndKeepsEveryEntry() throws Exception {
    Path baseline = record();
    String before = Files.readString(baseline);
    execute(dropLastNameIndex());
    try {
      Run update = plans("record", "--update", "--out", baseline.toString());
      assertThat(update.exitCode()).as(update.err()).isZero();
      assertThat(update.out())
          .startsWith("updated 3 statement(s)")
          .contains("(1 plan shape(s) changed and accepted)");
      Baseline accepted = BaselineReader.read(baseline);
      assertThat(accepted.statements()).hasSize(3);
      assertThat(Files.readString(baseline)).isNotEqualTo(before);

      Run check = plans("check", "--baseline", baseline.toString());
      assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    } finally {
      execute(createLastNameIndex(), analyze("customers"));
    }
    Run improved = plans("check", "--baseline", baseline.toString());
    assertThat(improved.exitCode()).isZero();
    assertThat(improved.out()).contains("improved   queries.sql#1");
  }

  @Test
  void analyzeKeepsActualRowsAndTheMedianOfTheRepeats() throws Exception {
    Path baseline = record("--analyze", "--repeat", "3");
    Baseline recorded = BaselineReader.read(baseline);
    assertThat(recorded.analyze()).isTrue();
    assertThat(recorded.repeat()).isEqualTo(3);
    for (var statement : recorded.statements()) {
      assertThat(statement.plan().analyzed()).as(statement.id()).isTrue();
      assertThat(statement.plan().timing().runs()).as(statement.id()).isEqualTo(3);
      assertThat(statement.plan().timing().medianMs()).as(statement.id()).isGreaterThanOrEqualTo(0);
      assertThat(statement.plan().root().stream().anyMatch(n -> !Double.isNaN(n.actualRows())))
          .as(statement.id() + " has actual rows")
          .isTrue();
      if (database().kind() == DatabaseKind.POSTGRESQL) {
        assertThat(statement.plan().buffers()).as(statement.id() + " buffers").isNotNull();
        assertThat(statement.plan().buffers().sharedHit() + statement.plan().buffers().sharedRead())
            .isPositive();
      }
    }
    execute(dropLastNameIndex());
    try {
      // Timing on a shared machine is noisy: fail only on the high structural regression.
      Run broken = plans("check", "--baseline", baseline.toString(), "--fail-on", "high");
      assertThat(broken.exitCode()).as(broken.out() + broken.err()).isEqualTo(1);
      assertThat(broken.out()).contains("index-to-full-scan   customers:");
    } finally {
      execute(createLastNameIndex(), analyze("customers"));
    }
  }

  @Test
  void statementsCapturedByTheProxyAreRecordedWithTheirBinds() throws Exception {
    Path events = dir.resolve("events.jsonl");
    try (QueryScope scope = QueryScope.create()) {
      try (Connection c = scope.wrap(database().dataSource()).getConnection();
          PreparedStatement ps =
              c.prepareStatement("select id, email from customers where last_name = ?")) {
        ps.setString(1, "Miller");
        ps.executeQuery().close();
      }
      scope.exportEvents(events, ExportOptions.EVERYTHING);
    }
    Path baseline = dir.resolve("events-baseline.json");
    Run run = plans("record", "--events", events.toString(), "--out", baseline.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    var statement = BaselineReader.read(baseline).statements().get(0);
    assertThat(statement.id()).startsWith("events:");
    assertThat(statement.statement().binds()).containsExactly("'Miller'");
    assertThat(statement.plan().root().stream().map(n -> n.index()))
        .contains("customers_last_name_idx");
  }

  @Test
  void aStatementThatCannotBePlannedAnyMoreFailsTheCheckAndUpdateKeepsItsPlan() throws Exception {
    execute("create table coupons (id int primary key, code varchar(20))");
    Path file = dir.resolve("coupons.sql");
    Files.writeString(file, "select code from coupons where id = 1");
    Path baseline = dir.resolve("coupons.json");
    Run recorded = plans("record", "--queries", file.toString(), "--out", baseline.toString());
    assertThat(recorded.exitCode()).as(recorded.err()).isZero();
    execute("drop table coupons");

    Path junit = dir.resolve("coupons.xml");
    Run check =
        plans(
            "check",
            "--baseline",
            baseline.toString(),
            "--format",
            "junit",
            "--output",
            junit.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("1 failed");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element error = (Element) doc.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("type")).isEqualTo("statement-failed");
    assertThat(error.getAttribute("message")).contains("coupons");

    String before = Files.readString(baseline);
    Run update = plans("record", "--update", "--out", baseline.toString());
    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.out()).contains("note: kept the recorded plan of coupons.sql#1: ");
    assertThat(Files.readString(baseline)).isEqualTo(before);
  }

  abstract String dropOrdersByCustomerAndDateIndex();

  @Test
  void losingTheIndexThatServedTheOrderAddsASort() throws Exception {
    Path baseline = record();
    execute(dropOrdersByCustomerAndDateIndex());
    try {
      Run run = plans("check", "--baseline", baseline.toString(), "--format", "json");
      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
      JsonNode statement = new ObjectMapper().readTree(run.out()).path("statements").get(1);
      assertThat(statement.path("id").asText()).isEqualTo("queries.sql#2");
      assertThat(statement.path("verdict").asText()).isEqualTo("regressed");
      List<String> kinds = new ArrayList<>();
      statement.path("changes").forEach(c -> kinds.add(c.path("kind").asText()));
      assertThat(kinds).contains("sort-or-hash-added", "different-index");
    } finally {
      execute(
          "create index orders_customer_id_created_at_idx on orders (customer_id, created_at)",
          analyze("orders"));
    }
  }

  @Test
  void aBaselineFromAnotherServerFamilyIsAUsageError() throws Exception {
    Path baseline = record();
    String other = database().kind() == DatabaseKind.POSTGRESQL ? "mariadb" : "postgresql";
    String text = Files.readString(baseline);
    String mine = BaselineReader.read(baseline).dialect();
    Files.writeString(
        baseline, text.replace("\"dialect\": \"" + mine + "\"", "\"dialect\": \"" + other + "\""));
    Run run = plans("check", "--baseline", baseline.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("was recorded on " + other + " but --url points at " + mine);
  }
}
