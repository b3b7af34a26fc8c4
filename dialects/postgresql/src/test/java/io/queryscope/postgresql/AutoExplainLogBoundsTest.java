package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.LogGroups;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the log reader keeps of a log that has too much of something: fingerprints, plans of one
 * statement, a plan's depth, one message's length. The run always goes on with the rest.
 */
class AutoExplainLogBoundsTest {

  private static final String PREFIX = "2026-11-21 10:57:57.990 UTC [19224] LOG:  ";
  private static final String COUNT_BY_EMAIL =
      "select count(*) from customers where email = 'nobody@example.com'";

  /** The recorded auto_explain plan of {@link #COUNT_BY_EMAIL}, its lines without their tab. */
  private static List<String> recordedPlan;

  private final PostgresDialect dialect = new PostgresDialect();

  @TempDir Path temp;

  @BeforeAll
  static void readRecordedPlan() throws IOException {
    List<String> lines =
        Files.readAllLines(PostgresFixtureFiles.root().resolve("17/logs/auto_explain.log"));
    int at = 0;
    while (!(lines.get(at).contains("plan:") && lines.get(at + 2).contains(COUNT_BY_EMAIL))) {
      at++;
    }
    recordedPlan = new ArrayList<>();
    for (int i = at + 1; lines.get(i).startsWith("\t"); i++) {
      recordedPlan.add(lines.get(i).substring(1));
    }
  }

  @Test
  void fingerprintsBeyondTheCapAreCountedInANoteNotGrouped() throws IOException {
    int extra = 50;
    Path log = temp.resolve("many.log");
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      for (int i = 0; i < LogGroups.MAX_GROUPS + extra; i++) {
        out.write(PREFIX + "duration: 2.000 ms  statement: select * from t_" + i + " where id = 1");
        out.newLine();
      }
    }

    LogEvidence evidence = dialect.readLog(log);

    assertThat(evidence.workload().statements()).hasSize(LogGroups.MAX_GROUPS);
    assertThat(evidence.workload().statements())
        .allMatch(s -> s.calls() == 1 && s.source() == WorkloadSource.SLOW_LOG);
    assertThat(evidence.workload().notes())
        .singleElement()
        .asString()
        .startsWith(extra + " statements of " + log + " (100.0 ms in all) were counted in no group")
        .contains("keeps the first " + LogGroups.MAX_GROUPS + " groups of a log");
  }

  @Test
  void aFingerprintKeepsItsThreeSlowestPlansSlowestFirstAndCountsEveryOne() throws IOException {
    List<String> lines = new ArrayList<>();
    double[] durations = {2, 5, 1, 4, 3};
    for (double ms : durations) {
      lines.addAll(planEntry(ms, withRootTime(ms)));
    }
    Path log = write("slowest.log", lines);

    LogEvidence evidence = dialect.readLog(log);

    assertThat(evidence.plans())
        .extracting(p -> p.root().actuals().totalTimeMs())
        .containsExactly(5.0, 4.0, 3.0);
    StatementStats stats = evidence.workload().statements().get(0);
    assertThat(stats.calls()).isEqualTo(durations.length);
    assertThat(stats.totalMs()).isEqualTo(15.0);
    assertThat(stats.maxMs()).isEqualTo(5.0);
  }

  @Test
  void whenPlansFillTheSampleBudgetMoreFingerprintsKeepOnePlanAndTheSlowerOne() throws IOException {
    // Sixteen plans fill the budget; twenty fingerprints log two plans each, the second slower.
    String padding = "p".repeat((int) (AutoExplainGroups.PLAN_SAMPLE_CHARS / 16));
    int fingerprints = 20;
    Path log = temp.resolve("budget.log");
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      for (int i = 0; i < fingerprints; i++) {
        for (int ms = 1; ms <= 2; ms++) {
          out.write(PREFIX + "duration: " + ms + ".000 ms  plan:\n\t");
          out.write(
              "{\"Query Text\": \"select * from t_"
                  + i
                  + " where id = 1\", \"Plan\": {\"Node"
                  + " Type\": \"Seq Scan\", \"Relation Name\": \"t_"
                  + i
                  + "\", \"Filter\": \"(note"
                  + " = '"
                  + padding
                  + "')\", \"Actual Total Time\": "
                  + ms
                  + ".0, \"Actual Rows\":"
                  + " 1, \"Actual Loops\": 1}}\n");
        }
      }
    }

    LogEvidence evidence = dialect.readLog(log);

    java.util.Map<String, List<Plan>> byTable = new java.util.LinkedHashMap<>();
    evidence
        .plans()
        .forEach(p -> byTable.computeIfAbsent(p.root().relation(), t -> new ArrayList<>()).add(p));
    long withTwo = byTable.values().stream().filter(l -> l.size() == 2).count();
    assertThat(withTwo).as("two plans only while half the budget is left").isEqualTo(4);
    assertThat(byTable).hasSizeGreaterThan(6).hasSizeLessThan(fingerprints);
    assertThat(byTable.values())
        .filteredOn(l -> l.size() == 1)
        .allSatisfy(l -> assertThat(l.get(0).root().actuals().totalTimeMs()).isEqualTo(2.0));
    assertThat(evidence.plans().stream().mapToLong(p -> p.rawJson().length()).sum())
        .isLessThanOrEqualTo(AutoExplainGroups.PLAN_SAMPLE_CHARS);
    assertThat(evidence.workload().statements())
        .hasSize(fingerprints)
        .allMatch(st -> st.calls() == 2);
    assertThat(evidence.workload().notes())
        .anyMatch(n -> n.contains("plans of " + log + " were counted but not kept"));
  }

  @Test
  void aPlanNestedTooDeepIsSkippedAndNamedWhileTheRestIsRead() throws IOException {
    String deep =
        "{\"Query Text\": \"select 1\", \"Plan\": "
            + "{\"Node Type\": \"Limit\", \"Plans\": [".repeat(600)
            + "{\"Node Type\": \"Result\"}"
            + "]}".repeat(600)
            + "}";
    List<String> lines = new ArrayList<>(planEntry(1, recordedPlan));
    int deepLine = lines.size() + 1;
    lines.add(PREFIX + "duration: 9.000 ms  plan:");
    lines.add("\t" + deep);

    LogEvidence evidence = dialect.readLog(write("deep.log", lines));

    assertThat(evidence.plans()).hasSize(1);
    assertThat(evidence.plans().get(0).sql()).isEqualTo(COUNT_BY_EMAIL);
    assertThat(evidence.skippedLines()).isEqualTo(2);
    assertThat(evidence.workload().notes())
        .containsExactly(
            "2 lines of "
                + temp.resolve("deep.log")
                + " were skipped (first at line "
                + deepLine
                + ")");

    Path onlyDeep = write("only-deep.log", lines.subList(deepLine - 1, lines.size()));
    assertThatThrownBy(() -> dialect.readLog(onlyDeep))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("line 1 is the first problem")
        .hasMessageContaining("the plan is nested 1202 levels deep")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_LOG);
  }

  @Test
  void aMessageLongerThanTheReaderKeepsIsSkippedAndNamedInEveryFormat() throws IOException {
    String huge = "x".repeat(AutoExplainLogReader.MAX_MESSAGE_CHARS);
    String plan = String.join(" ", recordedPlan);
    String hugePlan = plan.replace("'nobody@example.com'", "'" + huge + "'");
    Path stderr = temp.resolve("huge.log");
    try (BufferedWriter out = Files.newBufferedWriter(stderr)) {
      out.write(PREFIX + "duration: 7.000 ms  plan:\n\t" + hugePlan + "\n");
      out.write(PREFIX + "duration: 1.000 ms  plan:\n\t" + plan + "\n");
    }
    Path json = temp.resolve("huge.json");
    try (BufferedWriter out = Files.newBufferedWriter(json)) {
      out.write(jsonLine("duration: 7.000 ms  plan:\n" + hugePlan) + "\n");
      out.write(jsonLine("duration: 1.000 ms  plan:\n" + plan) + "\n");
    }

    for (Path log : List.of(stderr, json)) {
      LogEvidence evidence = dialect.readLog(log);

      assertThat(evidence.plans()).extracting(Plan::sql).containsExactly(COUNT_BY_EMAIL);
      assertThat(evidence.workload().statements().get(0).calls()).isEqualTo(1);
      assertThat(evidence.workload().notes())
          .singleElement()
          .asString()
          .startsWith("1 messages of " + log + " were longer than the ")
          .endsWith("and were skipped (first at line 1)");
    }
    assertThat(Files.size(stderr)).isGreaterThan(AutoExplainLogReader.MAX_MESSAGE_CHARS);
  }

  private static String jsonLine(String message) {
    return "{\"timestamp\":\"2026-11-21 10:57:57.990 UTC\",\"pid\":19224,\"error_severity\":\"LOG\","
        + "\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        + "\"}";
  }

  private static List<String> withRootTime(double ms) {
    List<String> plan = new ArrayList<>(recordedPlan);
    int root = 0;
    while (!plan.get(root).contains("\"Actual Total Time\"")) {
      root++;
    }
    plan.set(root, plan.get(root).replaceAll("[0-9.]+,$", ms + ","));
    return plan;
  }

  private static List<String> planEntry(double ms, List<String> plan) {
    List<String> lines = new ArrayList<>();
    lines.add(PREFIX + "duration: " + ms + " ms  plan:");
    plan.forEach(l -> lines.add("\t" + l));
    return lines;
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
