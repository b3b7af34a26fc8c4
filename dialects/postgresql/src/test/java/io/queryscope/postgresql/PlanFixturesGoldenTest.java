package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded plan must still parse into exactly its stored model. A failure means the parser
 * changed (re-record with {@code -Dfixtures.update=true} if intended) or a file was edited by hand.
 */
class PlanFixturesGoldenTest {

  private final PostgresDialect dialect = new PostgresDialect();

  @TestFactory
  Stream<DynamicTest> recordedPlansParseIntoTheirStoredModels() {
    List<Path> plans = PostgresFixtureFiles.recordedPlans();
    assertThat(plans).as("recorded plans under " + PostgresFixtureFiles.root()).isNotEmpty();
    return plans.stream()
        .map(
            base ->
                DynamicTest.dynamicTest(
                    base.getParent().getFileName() + "/" + base.getFileName(),
                    () -> {
                      Plan plan = parse(base);
                      assertThat(PlanModelJson.render(plan))
                          .isEqualTo(
                              PostgresFixtureFiles.read(base, PostgresFixtureFiles.MODEL_SUFFIX));
                    }));
  }

  @Test
  void eachVersionCoversTheShapesRulesNeed() {
    Map<String, List<Plan>> byVersion =
        PostgresFixtureFiles.recordedPlans().stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.getParent().getFileName().toString(),
                    Collectors.mapping(this::parse, Collectors.toList())));
    assertThat(byVersion).containsKeys("13", "14", "15", "16", "17");
    byVersion.forEach(
        (version, plans) -> {
          assertThat(plans).as(version).hasSizeGreaterThanOrEqualTo(40);
          assertThat(plans).as(version).allMatch(Plan::analyzed);
          List<PlanNode> nodes = plans.stream().flatMap(Plan::nodes).toList();
          for (Operation op :
              List.of(
                  Operation.FULL_SCAN,
                  Operation.INDEX_SCAN,
                  Operation.INDEX_ONLY_SCAN,
                  Operation.BITMAP_INDEX_SCAN,
                  Operation.BITMAP_HEAP_SCAN,
                  Operation.NESTED_LOOP,
                  Operation.HASH_JOIN,
                  Operation.MERGE_JOIN,
                  Operation.SORT,
                  Operation.AGGREGATE,
                  Operation.LIMIT,
                  Operation.CTE_SCAN,
                  Operation.WINDOW,
                  Operation.GATHER,
                  Operation.MODIFY,
                  Operation.LOCK_ROWS,
                  Operation.SET_OPERATION)) {
            assertThat(nodes).as(version + " has " + op).anyMatch(n -> n.operation() == op);
          }
          assertThat(nodes)
              .as(version + " sort on disk")
              .anyMatch(has(n -> n.sort() != null && n.sort().spilledToDisk()));
          assertThat(nodes)
              .as(version + " sort in memory")
              .anyMatch(
                  has(
                      n ->
                          n.sort() != null
                              && !n.sort().spilledToDisk()
                              && n.sort().method() != null));
          assertThat(nodes)
              .as(version + " hash join in batches")
              .anyMatch(has(n -> n.operation() == Operation.HASH && n.hash().spilledToDisk()));
          assertThat(nodes).as(version + " workers").anyMatch(has(n -> n.workersLaunched() > 0));
          assertThat(nodes)
              .as(version + " removed by filter")
              .anyMatch(has(n -> n.rowsRemovedByFilter() > 0));
          assertThat(nodes).as(version + " heap fetches").anyMatch(has(n -> n.heapFetches() >= 0));
          assertThat(nodes)
              .as(version + " temp buffers")
              .anyMatch(has(n -> n.buffers() != null && n.buffers().tempWritten() > 0));
          assertThat(plans)
              .as(version + " parse without warnings")
              .allMatch(p -> p.warnings().isEmpty());
        });
  }

  private static Predicate<PlanNode> has(Predicate<PlanNode> p) {
    return p;
  }

  private Plan parse(Path base) {
    return dialect.parsePlan(
        PostgresFixtureFiles.read(base, PostgresFixtureFiles.PLAN_SUFFIX),
        PostgresFixtureFiles.read(base, PostgresFixtureFiles.SQL_SUFFIX).strip());
  }
}
