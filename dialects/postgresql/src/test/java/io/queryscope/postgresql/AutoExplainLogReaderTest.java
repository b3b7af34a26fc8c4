package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the log samples recorded from the embedded PostgreSQL, and broken copies of them. */
class AutoExplainLogReaderTest {

  private static final Path LOGS = PostgresFixtureFiles.root().resolve("17/logs");
  private static final long BY_CUSTOMER =
      Fingerprinter.fingerprint("select * from orders where customer_id = ? order by created_at")
          .id();

  private final PostgresDialect dialect = new PostgresDialect();

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"auto_explain.log", "auto_explain.csv", "auto_explain.json"})
  void readsPlansAndDurationsFromEveryFormat(String file) {
    LogEvidence evidence = dialect.readLog(LOGS.resolve(file));

    assertThat(evidence.skippedLines()).isZero();
    assertThat(evidence.plans()).hasSize(6);
    assertThat(evidence.plans()).allMatch(Plan::analyzed);
    Plan join =
        evidence.plans().stream()
            .filter(p -> p.sql().contains("group by c.country"))
            .findFirst()
            .orElseThrow();
    assertThat(join.nodes()).anyMatch(n -> n.operation() == Operation.HASH_JOIN);
    assertThat(join.source()).isEqualTo(Plan.PlanSource.LOG);

    StatementStats fromPlans =
        evidence.workload().statements().stream()
            .filter(s -> s.fingerprintId() == BY_CUSTOMER)
            .filter(s -> s.source() == WorkloadSource.AUTO_EXPLAIN_LOG)
            .findFirst()
            .orElseThrow();
    assertThat(fromPlans.calls()).isEqualTo(3);
    assertThat(fromPlans.totalMs()).isPositive();
    assertThat(fromPlans.maxMs()).isLessThanOrEqualTo(fromPlans.totalMs());
    assertThat(fromPlans.rows()).isPositive();
    assertThat(evidence.workload().statements())
        .anyMatch(s -> s.fingerprintId() == BY_CUSTOMER && s.source() == WorkloadSource.SLOW_LOG);
  }

  @Test
  void aTruncatedLogKeepsWhatItCouldReadAndCountsTheRest() throws IOException {
    List<String> lines = Files.readAllLines(LOGS.resolve("auto_explain.log"));
    int lastPlan = lines.size() - 1;
    while (!lines.get(lastPlan).contains("plan:")) {
      lastPlan--;
    }
    int cut = lastPlan + 6; // in the middle of the last plan's JSON
    Path truncated = write("truncated.log", lines.subList(0, cut));
    Path tail = write("garbled.log", List.of("\u0000\u0001 this is not a log line"));

    LogEvidence evidence = dialect.readLog(truncated);
    assertThat(evidence.plans()).isNotEmpty().hasSizeLessThan(6);
    assertThat(evidence.skippedLines()).isPositive();
    assertThat(evidence.workload().notes()).anyMatch(n -> n.contains("skipped"));

    assertThatThrownBy(() -> dialect.readLog(tail))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining(tail.toString())
        .hasMessageContaining("line 1")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_LOG);
  }

  @Test
  void aLogWhoseOnlyPlanIsCutOffNamesTheLine() throws IOException {
    List<String> lines = Files.readAllLines(LOGS.resolve("auto_explain.log"));
    int planStart = 0;
    while (!lines.get(planStart).contains("plan:")) {
      planStart++;
    }
    Path broken = write("cut.log", lines.subList(planStart, planStart + 8));
    assertThatThrownBy(() -> dialect.readLog(broken))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("nothing could be read from " + broken)
        .hasMessageContaining("line 1")
        .hasMessageContaining("does not parse");
  }

  @Test
  void aLogWithoutPlansOrDurationsSaysHowToEnableThem() throws IOException {
    Path quiet =
        write(
            "quiet.log",
            List.of(
                "2026-11-21 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections"));
    assertThatThrownBy(() -> dialect.readLog(quiet))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("auto_explain.log_min_duration");
  }

  @Test
  void aMissingFileIsNotReadable() {
    assertThatThrownBy(() -> dialect.readLog(temp.resolve("absent.log")))
        .isInstanceOf(QueryScopeException.class)
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.FILE_NOT_READABLE);
  }

  private Path write(String name, List<String> lines) throws IOException {
    Path file = temp.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
