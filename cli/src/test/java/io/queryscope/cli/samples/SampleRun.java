package io.queryscope.cli.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sample database loaded, a store workload served on it, and {@code queryscope analyze} run three
 * ways: as a user runs it with a capture that kept its binds ({@code defaults}); with executed
 * plans and every foreign key judged ({@code strict}: {@code --analyze --set
 * missing-fk-index.min-rows=0}); and with the capture as exported by default, binds and literals
 * redacted ({@code redacted}, with {@code --analyze}).
 */
record SampleRun(
    DatasetLoader.Loaded loaded,
    List<StoreWorkload.Query> workload,
    SampleReport defaults,
    SampleReport strict,
    SampleReport redacted) {

  /** slow-query's documented thresholds (docs/rules/slow-query.md). */
  private static final double SLOW_MEAN_MS = 100;

  private static final double SLOW_SHARE = 0.2;

  static SampleRun of(TestDatabase db, String dataset, String name, List<StoreWorkload.Query> work)
      throws Exception {
    DatasetLoader.Loaded loaded = DatasetLoader.load(db, SampleDatasets.require(dataset));
    System.out.println(name + " loaded: " + loaded);
    StoreWorkload.Capture capture = StoreWorkload.run(db, work, name);
    String kept = capture.kept().toString();
    SampleReport defaults = SampleReport.analyze(db, name, "--events", kept);
    SampleReport strict =
        SampleReport.analyze(
            db,
            name + "-strict",
            "--events",
            kept,
            "--analyze",
            "--set",
            "missing-fk-index.min-rows=0");
    SampleReport redacted =
        SampleReport.analyze(
            db, name + "-redacted", "--events", capture.redacted().toString(), "--analyze");
    return new SampleRun(loaded, work, defaults, strict, redacted);
  }

  /**
   * The findings that depend on the schema, not on timing: slow-query findings that its documented
   * share rule explains are left out, since on a workload of six statements one of them always
   * takes a fifth of the time (see fixtures/README.md); any other slow-query stays in.
   */
  static Set<String> stableKeys(SampleReport report) {
    Set<String> keys = new TreeSet<>(report.keys());
    for (JsonNode f : report.json().path("findings")) {
      if (f.path("rule").asText().equals("slow-query")
          && f.path("evidence").path("shareOfStatementTime").asDouble() >= SLOW_SHARE) {
        keys.remove(SampleReport.key(f));
      }
    }
    return keys;
  }

  /** Every workload query was seen and has a plan, so quiet plan rules mean something. */
  static void assertWorkloadExplained(SampleReport report, List<StoreWorkload.Query> work) {
    assertThat(report.statements())
        .as(report.toString())
        .isGreaterThanOrEqualTo(StoreWorkload.requests(work));
    List<String> missing = new ArrayList<>();
    for (StoreWorkload.Query q : work) {
      String id = Fingerprinter.fingerprint(q.sql()).hexId();
      if (!report.json().path("plans").has(id)) {
        missing.add(id + " " + q.sql());
      }
    }
    assertThat(missing)
        .as("workload statements without a plan; notes: " + report.json().path("notes"))
        .isEmpty();
  }

  /** slow-query speaks only within its documented thresholds. */
  static void assertSlowQueryWithinThresholds(SampleReport report) {
    for (JsonNode f : report.json().path("findings")) {
      if (f.path("rule").asText().equals("slow-query")) {
        JsonNode e = f.path("evidence");
        assertThat(
                e.path("meanMs").asDouble() >= SLOW_MEAN_MS
                    || e.path("shareOfStatementTime").asDouble() >= SLOW_SHARE)
            .as(f.toString())
            .isTrue();
      }
    }
  }
}
