package io.queryscope.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.ChildJvm;
import io.queryscope.cli.Cli;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain --plan} on plans too large or too deep to read: one line and exit 2. */
class ExplainBigPlanTest {

  /** A scan as PostgreSQL prints one partition of an Append. */
  private static final String SCAN =
      """
          {
            "Node Type": "Seq Scan",
            "Parent Relationship": "Member",
            "Parallel Aware": false,
            "Async Capable": false,
            "Relation Name": "orders_p%d",
            "Alias": "orders_p%d",
            "Startup Cost": 0.00,
            "Total Cost": 35.50,
            "Plan Rows": 2550,
            "Plan Width": 4,
            "Filter": "(customer_id = 42)"
          }""";

  @TempDir Path dir;

  @Test
  void aPlanOf200MbIsRefusedUnderA256MbHeapNamingItsSizeAndTheCap() throws Exception {
    Path plan = dir.resolve("wide.json");
    try (BufferedWriter out = Files.newBufferedWriter(plan, StandardCharsets.UTF_8)) {
      out.write(
          "[{\"Plan\": {\"Node Type\": \"Append\", \"Parallel Aware\": false, \"Startup Cost\":"
              + " 0.00, \"Total Cost\": 1.00, \"Plan Rows\": 1, \"Plan Width\": 4, \"Plans\": [");
      long written = 0;
      for (int i = 0; written < 200L << 20; i++) {
        String scan = (i == 0 ? "" : ",") + SCAN.formatted(i, i);
        out.write(scan);
        written += scan.length();
      }
      out.write("]}, \"Query Text\": \"select * from orders where customer_id = 42\"}]");
    }
    long mb = Files.size(plan) >> 20;

    ChildJvm.Result r = ChildJvm.run("256m", dir, 5, "explain", "--plan", plan.toString());

    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip().lines()).singleElement().asString().startsWith("queryscope: ");
    assertThat(r.err())
        .contains("--plan " + plan + ": the plan is " + mb + " MB; queryscope reads plans up to ")
        .containsPattern("up to \\d+ MB with this Java heap \\(64 MB with -Xmx512m or more\\)");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aPlanNested10000NodesDeepGetsAMessageAboutDepth() throws Exception {
    int nodes = 10_000;
    StringBuilder json = new StringBuilder("[{\"Query Text\": \"select 1\", \"Plan\": ");
    for (int i = 0; i < nodes; i++) {
      json.append("{\"Node Type\": \"Limit\", \"Startup Cost\": 0.00, \"Total Cost\": 1.00");
      json.append(i + 1 < nodes ? ", \"Plans\": [" : "");
    }
    json.append("}").append("]}".repeat(nodes - 1)).append("}]");
    Path plan = dir.resolve("deep.json");
    Files.writeString(plan, json);
    // The outer array, the top object, then an object and a "Plans" array per node below the root.
    int depth = 2 + 1 + 2 * (nodes - 1);

    Cli.Result r = Cli.run("explain", "--plan", plan.toString());

    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "queryscope: --plan "
                + plan
                + ": the plan is nested "
                + depth
                + " levels deep; queryscope reads plans up to 1000 levels (JSON objects and"
                + " arrays inside each other)");
  }

  @Test
  void aDeepPlanNamedAsMySqlGetsTheSameMessage() throws IOException {
    String json = "{\"query_block\": " + "{\"nested\": ".repeat(1_500) + "1" + "}".repeat(1_501);
    Path plan = dir.resolve("deep-mysql.json");
    Files.writeString(plan, json);

    Cli.Result r = Cli.run("explain", "--plan", plan.toString(), "--dialect", "mariadb");

    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("the plan is nested 1501 levels deep").doesNotContain("not valid");
  }
}
