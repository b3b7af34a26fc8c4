package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.rule.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog's contract: every rule has a unique kebab-case id and aliases, a fixture file with
 * cases that must fire and must not, and a doc page on the class path that documents its
 * thresholds. {@code plan-regression} is served by the regression package, not by a Rule, so its
 * page is allowed without a rule.
 */
class RuleCatalogTest {

  /** Ids whose page and fixtures live elsewhere because no {@link Rule} class serves them. */
  private static final Set<String> SERVED_ELSEWHERE = Set.of("plan-regression");

  private final List<Rule> rules = Rules.all();

  @Test
  void theCatalogHoldsEveryRuleDesignMdNames() {
    assertThat(rules.stream().map(Rule::id))
        .contains(
            "n-plus-one",
            "repeated-query",
            "unbatched-writes",
            "missing-index",
            "missing-fk-index",
            "unused-index",
            "duplicate-index",
            "row-misestimate",
            "sort-spill",
            "hash-spill",
            "non-sargable-predicate",
            "unbounded-result",
            "deep-offset",
            "slow-query",
            "pool-exhaustion",
            "connection-leak",
            "long-transaction");
  }

  @Test
  void idsAndAliasesAreUniqueAndKebabCase() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : rules) {
      assertThat(rule.id()).as("rule id").matches("[a-z]+(-[a-z]+)*");
      assertThat(seen.add(rule.id())).as("id %s is unique", rule.id()).isTrue();
      for (String alias : rule.info().aliases()) {
        assertThat(seen.add(alias)).as("alias %s of %s is unique", alias, rule.id()).isTrue();
      }
      assertThat(SERVED_ELSEWHERE).doesNotContain(rule.id());
    }
  }

  @Test
  void everyRuleHasAFixtureWithFailAndPassCases() {
    for (Rule rule : rules) {
      FixtureSpec.File file = RuleFixtureTest.load(rule.id());
      List<String> names = file.cases().stream().map(FixtureSpec.Case::name).toList();
      assertThat(names).as("cases of %s", rule.id()).anyMatch(n -> n.startsWith("Fail, "));
      assertThat(names).as("cases of %s", rule.id()).anyMatch(n -> n.startsWith("Pass, "));
    }
  }

  @Test
  void everyRuleHasADocPageThatDocumentsItsThresholds() throws IOException {
    for (Rule rule : rules) {
      String page = page(rule.id());
      assertThat(page).as("doc page of %s", rule.id()).startsWith("# " + rule.id() + " ");
      for (String threshold : rule.info().thresholds().keySet()) {
        assertThat(page)
            .as("%s documents %s", rule.id(), threshold)
            .contains("`" + threshold + "`");
      }
      for (String heading : List.of("## What it detects", "## How to fix", "## Thresholds")) {
        assertThat(page).as("%s has %s", rule.id(), heading).contains(heading);
      }
    }
  }

  @Test
  void everyPageAndFixtureBelongsToARule() throws IOException, URISyntaxException {
    Set<String> ids = new HashSet<>(SERVED_ELSEWHERE);
    rules.forEach(r -> ids.add(r.id()));
    for (String page : names("docs/rules", ".md")) {
      assertThat(ids).as("docs/rules/%s.md names a rule", page).contains(page);
    }
    for (String fixture : names("rules", ".yml")) {
      assertThat(ids).as("rules/%s.yml names a rule", fixture).contains(fixture);
    }
  }

  private static String page(String id) throws IOException {
    try (var in =
        RuleCatalogTest.class.getClassLoader().getResourceAsStream("docs/rules/" + id + ".md")) {
      assertThat(in).as("docs/rules/%s.md on the class path", id).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> names(String directory, String suffix)
      throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    var urls = RuleCatalogTest.class.getClassLoader().getResources(directory);
    while (urls.hasMoreElements()) {
      URL url = urls.nextElement();
      if (!url.getProtocol().equals("file")) {
        continue;
      }
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        files
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(suffix))
            .forEach(n -> out.add(n.substring(0, n.length() - suffix.length())));
      }
    }
    assertThat(out).as("files in %s", directory).isNotEmpty();
    return out;
  }
}
