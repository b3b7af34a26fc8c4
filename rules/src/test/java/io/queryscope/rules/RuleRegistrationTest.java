package io.queryscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.rule.Rule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ServiceLoader finds only the rules named in {@code META-INF/services}: a rule class left out of
 * that file compiles, passes its own unit tests and silently never runs. This test reads the rule
 * classes this module compiles and requires every concrete one to be registered.
 */
class RuleRegistrationTest {

  @Test
  void everyRuleClassThisModuleCompilesIsRegistered() throws Exception {
    List<String> registered =
        Rules.all().stream().map(rule -> rule.getClass().getName()).sorted().toList();
    List<String> compiled = concreteRuleClasses();
    assertThat(compiled).as("rule classes found in %s", classesRoot()).hasSizeGreaterThan(10);
    assertThat(registered)
        .as("every Rule class is listed in META-INF/services/io.queryscope.core.rule.Rule")
        .containsAll(compiled);
  }

  private static List<String> concreteRuleClasses() throws IOException, URISyntaxException {
    Path root = classesRoot();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
          .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .filter(RuleRegistrationTest::isConcreteRule)
          .sorted()
          .toList();
    }
  }

  private static boolean isConcreteRule(String className) {
    try {
      Class<?> c = Class.forName(className, false, Rules.class.getClassLoader());
      return Rule.class.isAssignableFrom(c)
          && !c.isInterface()
          && !Modifier.isAbstract(c.getModifiers());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The directory (or jar) that holds this module's main classes. */
  private static Path classesRoot() throws URISyntaxException {
    return Path.of(Rules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
