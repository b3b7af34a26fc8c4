package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.sql.SqlAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's fixture file ({@code rules/<id>.yml}): "Fail, …" cases must fire with the
 * expected title, fix and evidence; "Pass, …" cases must not fire. Each case runs through the
 * engine with that rule alone, so merging and covered-index filtering apply as in a real run.
 */
class RuleFixtureTest {

  static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /**
   * The SQL analyzer gives up on a parse after 500 ms and caches the lexer's partial result per
   * fingerprint; a cold JVM on a loaded machine can hit that on its first parse, so parse once
   * before the cases run.
   */
  @BeforeAll
  static void warmUpTheSqlParser() {
    SqlAnalyzer.analyze(
        "select a from warm_up w join other o on o.id = w.id where w.x = 1 order by a");
  }

  @TestFactory
  Stream<DynamicNode> everyRuleFixture() {
    return Rules.all().stream().map(RuleFixtureTest::container);
  }

  private static DynamicNode container(Rule rule) {
    FixtureSpec.File file;
    try {
      file = load(rule.id());
    } catch (RuntimeException | AssertionError e) {
      return DynamicTest.dynamicTest(
          rule.id() + " fixture file",
          () -> {
            throw e;
          });
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (FixtureSpec.Case c : file.cases()) {
      tests.add(DynamicTest.dynamicTest(c.name(), () -> run(rule, c)));
    }
    return DynamicContainer.dynamicContainer(rule.id(), tests);
  }

  static FixtureSpec.File load(String id) {
    try {
      FixtureSpec.File file =
          YAML.readValue(FixtureContexts.resource("rules/" + id + ".yml"), FixtureSpec.File.class);
      assertThat(file.rule()).as("rule id in rules/%s.yml", id).isEqualTo(id);
      return file;
    } catch (IOException e) {
      throw new AssertionError("cannot read rules/" + id + ".yml: " + e.getMessage(), e);
    }
  }

  private static void run(Rule rule, FixtureSpec.Case c) {
    assertThat(c.name()).as("case names say whether the rule must fire").matches("(Fail|Pass), .+");
    AnalysisContext context = FixtureContexts.of(rule.id(), c);
    Report report = new RuleEngine(List.of(rule)).analyze(context);
    assertThat(report.notes()).as("notes").noneMatch(n -> n.contains("failed and was skipped"));
    List<Finding> findings = report.findings(rule.id());
    if (c.name().startsWith("Pass,")) {
      assertThat(findings).as("findings of a Pass case").isEmpty();
      return;
    }
    assertThat(findings).as("findings of a Fail case; notes %s", report.notes()).isNotEmpty();
    FixtureSpec.Expect expect = c.expect();
    if (expect == null) {
      return;
    }
    if (expect.findings() != null) {
      assertThat(findings).as("number of findings").hasSize(expect.findings());
    }
    Finding first = findings.get(0);
    if (expect.title() != null) {
      assertThat(first.title()).as("title").contains(expect.title());
    }
    if (expect.ddl() != null) {
      assertThat(first.recommendation().ddl()).as("ddl").isEqualTo(expect.ddl());
    }
    if (expect.recommendation() != null) {
      assertThat(first.recommendation().summary())
          .as("recommendation")
          .contains(expect.recommendation());
    }
    if (expect.notInRecommendation() != null) {
      assertThat(first.recommendation().summary())
          .as("recommendation")
          .doesNotContain(expect.notInRecommendation());
    }
    if (expect.msSaved() != null) {
      assertThat(first.impact().estimatedMsSaved())
          .as("estimated ms saved")
          .isCloseTo(expect.msSaved(), org.assertj.core.data.Offset.offset(0.01));
    }
    if (expect.severity() != null) {
      assertThat(first.severity().id()).as("severity").isEqualTo(expect.severity());
    }
    if (expect.evidence() != null) {
      for (Map.Entry<String, Object> e : expect.evidence().entrySet()) {
        assertThat(String.valueOf(first.evidence().get(e.getKey())))
            .as("evidence %s in %s", e.getKey(), first.evidence())
            .isEqualTo(String.valueOf(e.getValue()));
      }
    }
    assertThat(first.priority()).isEqualTo(1);
    assertThat(first.confidence()).isBetween(0.0, 1.0);
  }
}
