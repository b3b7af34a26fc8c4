package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSettingsLoaderTest {

  private final RuleSettingsLoader loader = new RuleSettingsLoader();

  @Test
  void readsThresholdsSeveritiesAndSwitchesAndResolvesAliases(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("queryscope.yml");
    Files.writeString(
        file,
        """
        rules:
          n+1:
            min-executions: 10
            severity: critical
          unused-index:
            enabled: false
        """);
    RuleSettings settings = loader.load(file);
    var nPlusOne = Rules.find(Rules.all(), "n-plus-one").orElseThrow().info();
    assertThat(settings.threshold(nPlusOne, "min-executions")).isEqualTo(10.0);
    assertThat(settings.severity(nPlusOne)).isEqualTo(Severity.CRITICAL);
    assertThat(settings.disabled()).containsExactly("unused-index");
  }

  @Test
  void anUnknownSettingNamesTheKeyTheFileAndWhatIsAccepted() {
    assertThatThrownBy(
            () -> loader.parse("rules:\n  n-plus-one:\n    min-execution: 3\n", "queryscope.yml"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage(
            "unknown setting 'min-execution' for rule n-plus-one in queryscope.yml; it takes"
                + " enabled, severity and [min-executions]")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.USAGE);
  }

  @Test
  void anUnknownRuleListsTheKnownOnes() {
    assertThatThrownBy(() -> loader.parse("rules:\n  n-plus-two: {}\n", "queryscope.yml"))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageStartingWith("unknown rule 'n-plus-two' in queryscope.yml; known rules are [")
        .hasMessageContaining("n-plus-one");
  }

  @Test
  void badValuesAndShapesAreUsageErrors() {
    assertThatThrownBy(
            () -> loader.parse("rules:\n  slow-query:\n    min-mean-ms: fast\n", "q.yml"))
        .hasMessage("rules.slow-query.min-mean-ms in q.yml must be a number (default 100.0)");
    assertThatThrownBy(() -> loader.parse("rules:\n  slow-query:\n    severity: huge\n", "q.yml"))
        .hasMessageContaining("unknown severity 'huge'");
    assertThatThrownBy(() -> loader.parse("rule:\n  slow-query: {}\n", "q.yml"))
        .hasMessage("unknown key 'rule' in q.yml: the only top-level key is 'rules'");
    assertThatThrownBy(() -> loader.parse("rules: [\n", "q.yml"))
        .hasMessageStartingWith("q.yml is not valid YAML at line");
  }

  @Test
  void aMissingFileSaysWhichAndIsNotReadable(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir.resolve("nope.yml")))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("nope.yml")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.FILE_NOT_READABLE);
  }

  @Test
  void commandLineOverridesApplyOnTopAndAreChecked() {
    RuleSettings base = loader.parse("rules:\n  deep-offset:\n    min-offset: 500\n", "q.yml");
    RuleSettings settings =
        loader.override(
            loader.override(base, "slow-query.enabled=false"), "deep-offset.min-offset=2000");
    var deepOffset = Rules.find(Rules.all(), "deep-offset").orElseThrow().info();
    assertThat(settings.threshold(deepOffset, "min-offset")).isEqualTo(2000.0);
    assertThat(settings.disabled()).containsExactly("slow-query");
    assertThatThrownBy(() -> loader.override(settings, "deep-offset"))
        .hasMessageContaining("write it as rule-id.setting=value");
    assertThatThrownBy(() -> loader.override(settings, "deep-offset.depth=3"))
        .hasMessageContaining("unknown setting 'depth' for rule deep-offset");
  }

  @Test
  void anEmptyFileMeansDefaults() {
    assertThat(loader.parse("", "q.yml")).isEqualTo(RuleSettings.DEFAULTS);
  }

  @Test
  void aYamlSyntaxErrorIsOneLineNamingTheFileLineAndProblem(@TempDir Path dir) throws Exception {
    Path bracket =
        Files.writeString(dir.resolve("bracket.yml"), "rules:\n  slow-query:\n    enabled: [yes\n");
    assertThatThrownBy(() -> loader.load(bracket))
        .isInstanceOf(QueryScopeException.class)
        .satisfies(
            e -> {
              assertThat(e.getMessage())
                  .startsWith(bracket + " is not valid YAML at line 4, column 1: ")
                  .contains("expected ',' or ']'")
                  .doesNotContain("\n")
                  .doesNotContain("while parsing");
              assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.USAGE);
            });
    Path tab = Files.writeString(dir.resolve("tab.yml"), "rules:\n\tslow-query: 1\n");
    assertThatThrownBy(() -> loader.load(tab))
        .hasMessageStartingWith(tab + " is not valid YAML at line 2, column 1: ")
        .hasMessageContaining("cannot start any token")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("\t");
  }
}
