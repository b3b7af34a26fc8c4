package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.Cli;
import io.queryscope.core.QueryScope;
import io.queryscope.core.UnitOfWork;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code analyze --events}: a capture file alone, with no database, finds an N+1 loop. */
@PostgresTest
class AnalyzeEventsTest {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.02);

  static Path events;

  @BeforeAll
  static void capture() throws Exception {
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(DB.dataSource());
      for (int unit = 0; unit < 3; unit++) {
        try (UnitOfWork u = scope.unitOfWork("GET /orders");
            Connection c = ds.getConnection()) {
          List<Long> customers = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "select customer_id from orders order by id limit 20 offset ?");
              ResultSet rs = query(ps, unit * 20)) {
            while (rs.next()) {
              customers.add(rs.getLong(1));
            }
          }
          for (long id : customers) {
            try (PreparedStatement ps = c.prepareStatement("select * from customers where id = ?");
                ResultSet rs = query(ps, id)) {
              while (rs.next()) {
                // drain
              }
            }
          }
        }
      }
      events = Files.createDirectories(Path.of("target", "events")).resolve("n-plus-one.jsonl");
      scope.exportEvents(events);
    }
  }

  private static ResultSet query(PreparedStatement ps, long value) throws Exception {
    ps.setLong(1, value);
    return ps.executeQuery();
  }

  @Test
  void findsTheNPlusOneFromTheCaptureFileAlone() throws Exception {
    Cli.Result r = Cli.run("analyze", "--events", events.toString(), "--format", "json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> rules = new ArrayList<>();
    json.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules).contains("n-plus-one");
    assertThat(json.path("target").path("url").isNull()).isTrue();
    JsonNode nPlusOne = null;
    for (JsonNode f : json.path("findings")) {
      if (f.path("rule").asText().equals("n-plus-one")) {
        nPlusOne = f;
      }
    }
    assertThat(nPlusOne.path("query").path("sql").asText()).contains("from customers where id = ?");
    assertThat(nPlusOne.path("callSites").get(0).asText()).contains("AnalyzeEventsTest");
  }

  @Test
  void aMalformedCaptureFileExitsTwoNamingTheLine() throws Exception {
    Path bad = Files.createTempFile("qs-events", ".jsonl");
    Files.writeString(bad, "{\"type\":\"statement\"\nnot json at all\n");
    Cli.Result r = Cli.run("analyze", "--events", bad.toString());
    Files.delete(bad);
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains(bad.getFileName().toString());
  }

  @Test
  void aMissingCaptureFileExitsTwo() {
    Cli.Result r = Cli.run("analyze", "--events", "/nonexistent/events.jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--events /nonexistent/events.jsonl: no such file");
  }
}
