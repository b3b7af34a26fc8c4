package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded plan parses into exactly its stored model. A parser change that alters a model, or
 * a hand edit of a model, fails here; regenerate with {@code -Dfixtures.update=true} when the
 * change is intended and review the diff.
 */
class PlanGoldenTest {

  static Stream<Arguments> recordedPlans() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (String folder : PlanFixtures.folders()) {
      for (PlanFixtures.Entry e : PlanFixtures.index(folder)) {
        out.add(Arguments.of(folder + "/" + e.name(), folder, e));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedPlans")
  void parsesIntoItsStoredModel(String label, String folder, PlanFixtures.Entry entry)
      throws Exception {
    Dialect dialect = PlanFixtureRecorderTest.dialectOf(folder.split("/")[1]);
    String raw = PlanFixtures.resource(folder + "/" + entry.raw());
    Plan plan = dialect.parsePlan(raw, entry.sql());
    String stored = PlanFixtures.resource(folder + "/" + entry.model());
    assertThat(PlanModelJson.render(plan))
        .as(
            "%s parses differently from %s; if intended, regenerate with -D%s=true",
            entry.raw(), entry.model(), PlanFixtures.UPDATE_FLAG)
        .isEqualTo(stored);
  }

  @org.junit.jupiter.api.Test
  void atLeastFortyShopStatementsAreRecordedFromMariaDb() throws Exception {
    long mariaDb =
        PlanFixtures.folders().stream()
            .filter(f -> f.startsWith("plans/mariadb/"))
            .mapToLong(
                f -> {
                  try {
                    return PlanFixtures.index(f).stream()
                        .filter(e -> !e.name().endsWith(".analyze"))
                        .count();
                  } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .max()
            .orElse(0);
    assertThat(mariaDb).isGreaterThanOrEqualTo(40);
  }
}
