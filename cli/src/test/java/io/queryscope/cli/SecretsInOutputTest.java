package io.queryscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What queryscope writes after a successful connection — reports (target.url), baselines, the
 * check's JSON — and what it says about a command line it cannot parse, never show the password.
 * The machine's PostgreSQL uses trust auth, so a URL with a password still connects.
 */
@Tag("postgres")
class SecretsInOutputTest {

  private static final String PW = "Zq9-SECRET-7";
  private static final String URL =
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=" + PW + "&sslmode=disable";

  @TempDir Path dir;

  @Test
  void theJsonReportNamesTheTargetWithoutItsPassword() throws Exception {
    Path report = dir.resolve("report.json");
    Cli.Result r =
        Cli.run(
            "analyze",
            "--url",
            URL,
            "--top",
            "0",
            "--what-if",
            "off",
            "--verbose",
            "--format",
            "json",
            "--output",
            report.toString());
    assertThat(r.exit()).as(r.toString()).isIn(0, 1);
    String json = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"url\" : \"jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=***")
        .doesNotContain(PW);
    assertThat(r.out() + r.err()).contains("connecting to").doesNotContain(PW);
  }

  @Test
  void baselinesAndChecksNeverCarryThePassword() throws Exception {
    Path queries = Files.writeString(dir.resolve("q.sql"), "select 1 as secrets_probe;\n");
    Path baseline = dir.resolve("baseline.json");
    Cli.Result recorded =
        Cli.run(
            "plans",
            "record",
            "--url",
            URL,
            "--queries",
            queries.toString(),
            "--out",
            baseline.toString());
    assertThat(recorded.exit()).as(recorded.toString()).isZero();
    assertThat(Files.readString(baseline, StandardCharsets.UTF_8))
        .contains("secrets_probe")
        .doesNotContain(PW);

    Path check = dir.resolve("check.json");
    Cli.Result checked =
        Cli.run(
            "plans",
            "check",
            "--url",
            URL,
            "--baseline",
            baseline.toString(),
            "--format",
            "json",
            "--output",
            check.toString());
    assertThat(checked.exit()).as(checked.toString()).isZero();
    assertThat(Files.readString(check, StandardCharsets.UTF_8))
        .contains("password=***")
        .doesNotContain(PW);
    assertThat(recorded.out() + recorded.err() + checked.out() + checked.err()).doesNotContain(PW);
  }

  @Test
  void anArgumentPicocliCannotPlaceIsQuotedWithoutItsPassword() {
    Cli.Result r = Cli.run("analyze", "--top", "3", "jdbc:mysql://u:" + PW + "@h/d?password=" + PW);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("jdbc:mysql://u:***@h/d").doesNotContain(PW);
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
