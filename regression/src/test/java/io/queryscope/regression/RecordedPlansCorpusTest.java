package io.queryscope.regression;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plan recorded from a real server in {@code fixtures} (PostgreSQL 15 and 17, MariaDB 10.11),
 * (the MariaDB index.json is a table of contents, not a plan), through the dialect's parser into a
 * baseline: compared with itself it shows no change, and its baseline JSON reads back to the same
 * bytes and shape hash.
 */
class RecordedPlansCorpusTest {

  record Sample(String name, DatabaseKind kind, String json, String sql) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Sample> samples() throws Exception {
    return Stream.of(
            List.of("plans/postgresql/17", DatabaseKind.POSTGRESQL),
            List.of("plans/postgresql/15", DatabaseKind.POSTGRESQL),
            List.of("plans/mariadb/10.11", DatabaseKind.MARIADB))
        .flatMap(dir -> read((String) dir.get(0), (DatabaseKind) dir.get(1)).stream());
  }

  private static List<Sample> read(String resource, DatabaseKind kind) {
    URL url = RecordedPlansCorpusTest.class.getClassLoader().getResource(resource);
    assertThat(url).as("fixtures resource " + resource).isNotNull();
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return list(jar.getPath(resource), kind);
        }
      }
      return list(Path.of(uri), kind);
    } catch (Exception e) {
      throw new IllegalStateException("could not list " + resource, e);
    }
  }

  private static List<Sample> list(Path dir, DatabaseKind kind) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".model.json"))
          .filter(p -> !p.getFileName().toString().equals("index.json"))
          .sorted()
          .map(p -> sample(p, kind))
          .toList();
    }
  }

  private static Sample sample(Path json, DatabaseKind kind) {
    try {
      String name = json.getFileName().toString();
      Path sqlFile = json.resolveSibling(name.replaceAll("(\\.analyze)?\\.json$", ".sql"));
      String sql = Files.exists(sqlFile) ? Files.readString(sqlFile, StandardCharsets.UTF_8) : null;
      return new Sample(
          json.getParent().getFileName() + "/" + name,
          kind,
          Files.readString(json, StandardCharsets.UTF_8),
          sql);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RecordedPlan record(Sample sample) {
    Dialect dialect = Dialects.byKind(sample.kind()).orElseThrow();
    Plan plan = dialect.parsePlan(sample.json(), sample.sql());
    return RecordedPlan.from(plan, null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aRecordedPlanComparedWithItselfHasNoChange(Sample sample) {
    RecordedPlan plan = record(sample);
    BaselineStatement baseline =
        new BaselineStatement(
            new StatementSpec(sample.name(), sample.sql() == null ? "-" : sample.sql(), null, null),
            plan);
    StatementComparison result = new PlanComparator(Thresholds.DEFAULTS).compare(baseline, plan);
    assertThat(result.changes()).isEmpty();
    assertThat(result.verdict()).isEqualTo(StatementComparison.Verdict.UNCHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aRecordedPlanSurvivesTheBaselineFile(Sample sample) {
    RecordedPlan plan = record(sample);
    Baseline baseline =
        new Baseline(
            "dev",
            sample.kind().id(),
            "x",
            plan.analyzed(),
            1,
            List.of(
                new BaselineStatement(
                    new StatementSpec(
                        sample.name(), sample.sql() == null ? "-" : sample.sql(), null, null),
                    plan)));
    String written = BaselineJson.write(baseline);
    Baseline read = BaselineReader.parse(written, sample.name());
    assertThat(read.statements().get(0).plan().shapeHash()).isEqualTo(plan.shapeHash());
    assertThat(BaselineJson.write(read)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void spillsTheServerReportedAreKept(Sample sample) {
    Plan plan = Dialects.byKind(sample.kind()).orElseThrow().parsePlan(sample.json(), sample.sql());
    boolean spilled =
        plan.nodes()
            .anyMatch(
                n ->
                    (n.sort() != null && n.sort().spilledToDisk())
                        || (n.hash() != null && n.hash().spilledToDisk()));
    assertThat(record(sample).root().stream().anyMatch(RecordedNode::spilledToDisk))
        .isEqualTo(spilled);
  }

  @Test
  void theCorpusHoldsSpillsSoTheCheckAboveMeansSomething() throws Exception {
    List<String> spilled =
        samples()
            .filter(s -> record(s).root().stream().anyMatch(RecordedNode::spilledToDisk))
            .map(Sample::name)
            .toList();
    assertThat(spilled).contains("17/sort_on_disk.json", "17/hash_join_batches.json");
  }
}
