package io.queryscope.junit;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.rules.RuleSettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule thresholds and severities for tests: the same {@code queryscope.yml} the CLI reads (the
 * JUnit configuration parameter {@code queryscope.config} names it; else {@code queryscope.yml} in
 * the working directory when there is one), with the rules that do not judge a test's own
 * statements turned off.
 */
final class TestRuleSettings {

  static final String CONFIG_PARAMETER = "queryscope.config";
  static final String DEFAULT_FILE = "queryscope.yml";

  /**
   * Rules that do not judge the code a test ran: about the schema as a whole (they would repeat in
   * every test; {@code queryscope analyze} reports them), or decided by wall-clock waits and
   * durations, which on a loaded CI machine would fail tests at random (a single slow
   * getConnection() looks like an exhausted pool).
   */
  static final Set<String> NOT_PER_TEST =
      Set.of(
          "unused-index",
          "duplicate-index",
          "missing-fk-index",
          "slow-query",
          "pool-exhaustion",
          "long-transaction");

  static final RuleSettings DEFAULTS = forTests(RuleSettings.DEFAULTS);

  private static final Map<Path, RuleSettings> LOADED = new ConcurrentHashMap<>();

  private TestRuleSettings() {}

  /** Settings from the named file, or the working directory's queryscope.yml, or the defaults. */
  static RuleSettings of(Optional<String> configParameter) {
    if (configParameter.isPresent() && !configParameter.get().isBlank()) {
      Path file = Path.of(configParameter.get().trim());
      if (!Files.isRegularFile(file)) {
        throw new QueryScopeException(
            ErrorCode.FILE_NOT_READABLE,
            "the JUnit configuration parameter "
                + CONFIG_PARAMETER
                + " names "
                + file.toAbsolutePath()
                + ", which is not a file; give the path of a queryscope.yml, or remove the"
                + " parameter");
      }
      return load(file);
    }
    Path fallback = Path.of(DEFAULT_FILE);
    return Files.isRegularFile(fallback) ? load(fallback) : DEFAULTS;
  }

  private static RuleSettings load(Path file) {
    return LOADED.computeIfAbsent(
        file.toAbsolutePath().normalize(), f -> forTests(new RuleSettingsLoader().load(f)));
  }

  private static RuleSettings forTests(RuleSettings settings) {
    Set<String> disabled = new HashSet<>(settings.disabled());
    disabled.addAll(NOT_PER_TEST);
    return new RuleSettings(settings.thresholds(), settings.severities(), disabled);
  }
}
