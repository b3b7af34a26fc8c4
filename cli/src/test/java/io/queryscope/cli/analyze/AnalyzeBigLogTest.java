package io.queryscope.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.cli.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --log} on a 1 GB log of each kind, in a JVM of its own limited to a 256 MB heap:
 * the log is read in one pass with bounded memory, and every statement in it is counted. Each takes
 * well under two minutes here (writing the log included), so neither is kept out of a build.
 */
class AnalyzeBigLogTest {

  private static final long GIGABYTE = 1L << 30;
  private static final int FINGERPRINTS = 500;
  private static final String HEAP = "256m";

  @TempDir Path dir;

  @Test
  void aGigabyteAutoExplainLogUnderA256MbHeap() throws Exception {
    Path log = dir.resolve("postgresql.log");
    long entries = BigLogs.postgres(log, GIGABYTE, FINGERPRINTS);
    assertThat(Files.size(log)).isGreaterThanOrEqualTo(GIGABYTE);

    JsonNode report = analyze(log, "postgresql");

    // Each entry is an execute duration and a plan of the same statement.
    assertThat(report.path("summary").path("statements").asLong()).isEqualTo(2 * entries);
    assertThat(report.path("summary").path("fingerprints").asLong()).isEqualTo(FINGERPRINTS);
    assertThat(report.path("plans").size()).isEqualTo(FINGERPRINTS);
  }

  @Test
  void aGigabyteMariaDbSlowLogUnderA256MbHeap() throws Exception {
    Path log = dir.resolve("mariadb-slow.log");
    long entries = BigLogs.mariaDb(log, GIGABYTE, FINGERPRINTS);
    assertThat(Files.size(log)).isGreaterThanOrEqualTo(GIGABYTE);

    JsonNode report = analyze(log, "mariadb");

    assertThat(report.path("summary").path("statements").asLong()).isEqualTo(entries);
    assertThat(report.path("summary").path("fingerprints").asLong()).isEqualTo(FINGERPRINTS);
  }

  private JsonNode analyze(Path log, String dialect) throws Exception {
    ChildJvm.Result r =
        ChildJvm.run(
            HEAP,
            dir,
            10,
            "analyze",
            "--log",
            log.toString(),
            "--dialect",
            dialect,
            "--format",
            "json",
            "--quiet");
    Files.delete(log);
    assertThat(r.err()).doesNotContain("OutOfMemoryError");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.path("notes").toString())
        .as("nothing folded or skipped")
        .doesNotContain("counted in no group")
        .doesNotContain("skipped");
    return report;
  }
}
