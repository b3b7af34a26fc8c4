package io.queryscope.junit;

import io.queryscope.core.QueryScope;
import io.queryscope.core.rule.RuleSettings;

/**
 * The test running on this thread, as the extension set it up, so assertions name the test and
 * honour its {@link AllowFinding}s.
 *
 * @param scope the scope the extension gave the test
 */
record CurrentTest(
    String name, QueryScope scope, Allowances allowances, boolean explain, RuleSettings rules) {

  private static final ThreadLocal<CurrentTest> CURRENT = new ThreadLocal<>();

  static void set(CurrentTest test) {
    CURRENT.set(test);
  }

  static void clear() {
    CURRENT.remove();
  }

  /** The running test when {@code scope} is its scope; otherwise a neutral stand-in. */
  static CurrentTest forScope(QueryScope scope) {
    CurrentTest test = CURRENT.get();
    if (test != null && test.scope() == scope) {
      return test;
    }
    return new CurrentTest(
        "the captured statements",
        scope,
        Allowances.NONE,
        true,
        TestRuleSettings.of(java.util.Optional.empty()));
  }
}
