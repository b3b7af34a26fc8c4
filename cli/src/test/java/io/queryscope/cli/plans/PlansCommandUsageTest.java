package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.plan.Operation;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineJson;
import io.queryscope.regression.BaselineStatement;
import io.queryscope.regression.RecordedNode;
import io.queryscope.regression.RecordedPlan;
import io.queryscope.regression.StatementSpec;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Mistakes a user can make, each one line on stderr and the documented exit code. */
class PlansCommandUsageTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new PlansCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path validBaseline() throws Exception {
    RecordedNode scan =
        new RecordedNode(
            Operation.FULL_SCAN,
            "Seq Scan",
            "orders",
            null,
            null,
            null,
            null,
            10,
            100,
            Double.NaN,
            -1,
            false,
            List.of());
    Baseline baseline =
        new Baseline(
            "dev",
            "postgresql",
            "17.6",
            false,
            1,
            List.of(
                new BaselineStatement(
                    new StatementSpec("a.sql#1", "select * from orders", List.of(), null),
                    RecordedPlan.of(scan, false, null))));
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, BaselineJson.write(baseline));
    return file;
  }

  @Test
  void plansWithoutASubcommandIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("plans needs a subcommand: record or check");
  }

  @Test
  void aMissingBaselineExits2AndSaysHowToCreateIt() {
    int code =
        run(
            "check",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--baseline",
            dir.resolve("missing.json").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("queryscope plans check: baseline ")
        .contains("does not exist; create it with 'queryscope plans record --out")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }

  @Test
  void aMalformedBaselineExits2WithOneLine() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\": 1, \"statements\": 3}");
    int code =
        run("check", "--url", "jdbc:postgresql://127.0.0.1:1/none", "--baseline", file.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .startsWith("queryscope plans check: baseline " + file + " is malformed:")
        .doesNotContain("\n");
  }

  @Test
  void anUnknownSeverityOrFormatIsAUsageError() throws Exception {
    String baseline = validBaseline().toString();
    assertThat(
            run(
                "check",
                "--url",
                "jdbc:postgresql://x/y",
                "--baseline",
                baseline,
                "--fail-on",
                "awful"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown severity 'awful'");
    assertThat(
            run(
                "check",
                "--url",
                "jdbc:postgresql://x/y",
                "--baseline",
                baseline,
                "--format",
                "pdf"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'pdf'");
  }

  @Test
  void aServerThatIsNotThereExits3() throws Exception {
    int code =
        run(
            "check",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/none?password=secret",
            "--baseline",
            validBaseline().toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString().strip())
        .startsWith("queryscope plans check: could not connect to 127.0.0.1:1")
        .contains("check the host and port")
        .doesNotContain("secret")
        .doesNotContain("\n");
  }

  @Test
  void aUrlNoDriverTakesNamesTheUrlsThatWork() throws Exception {
    int code =
        run("check", "--url", "jdbc:oracle:thin:@x", "--baseline", validBaseline().toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).contains("is not a supported JDBC URL; use jdbc:postgresql://");
  }

  @Test
  void checkWithoutUrlIsAUsageError() throws Exception {
    int code = run("check", "--baseline", validBaseline().toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("plans check plans on a server: give --url JDBC_URL");
  }

  @Test
  void theQueryscopeCommandRunsPlans() throws Exception {
    CommandLine root = io.queryscope.cli.Main.commandLine();
    root.setOut(new PrintWriter(out));
    root.setErr(new PrintWriter(err));
    int code =
        root.execute(
            "plans",
            "check",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--baseline",
            validBaseline().toString());
    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).startsWith("queryscope plans check: could not connect");
  }

  @Test
  void recordWithoutStatementsIsAUsageError() {
    int code =
        run(
            "record",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--out",
            dir.resolve("b.json").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("nothing to record: give --queries, --events or --top");
  }

  @Test
  void aCostThresholdOfOneOrLessIsAUsageError() throws Exception {
    int code =
        run(
            "check",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/none",
            "--baseline",
            validBaseline().toString(),
            "--cost-threshold",
            "0.9");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--cost-threshold must be a factor above 1");
  }
}
