package io.queryscope.junit;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.rule.Rule;
import io.queryscope.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The findings a test accepts through {@link AllowFinding}, checked for typos up front. */
final class Allowances {

  static final Allowances NONE = new Allowances(List.of());

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  /** One accepted finding, with the rule's canonical id. */
  record Allowance(String rule, String fingerprint, String reason) {

    boolean matches(Finding finding) {
      return finding.rule().equals(rule)
          && (fingerprint.isEmpty() || finding.fingerprints().contains(fingerprint));
    }
  }

  private final List<Allowance> allowances;

  private Allowances(List<Allowance> allowances) {
    this.allowances = List.copyOf(allowances);
  }

  /**
   * @param where the annotated element, named in error messages ({@code OrderTest.loads})
   * @throws QueryScopeException USAGE for an unknown rule, a malformed fingerprint or no reason
   */
  static Allowances of(List<AllowFinding> annotations, String where) {
    if (annotations.isEmpty()) {
      return NONE;
    }
    List<Rule> rules = Rules.all();
    List<Allowance> out = new ArrayList<>();
    for (AllowFinding a : annotations) {
      Optional<Rule> rule = Rules.find(rules, a.rule());
      if (rule.isEmpty()) {
        throw usage(
            "@AllowFinding on "
                + where
                + " names rule '"
                + a.rule()
                + "', which does not exist; use one of "
                + rules.stream().map(Rule::id).collect(Collectors.joining(", ")));
      }
      String fingerprint = a.fingerprint().trim().toLowerCase(Locale.ROOT);
      if (!fingerprint.isEmpty() && !FINGERPRINT.matcher(fingerprint).matches()) {
        throw usage(
            "@AllowFinding on "
                + where
                + " has fingerprint '"
                + a.fingerprint()
                + "'; give the 16 hex digits a failure message prints, or leave it out to allow"
                + " the rule on every statement");
      }
      if (a.reason().isBlank()) {
        throw usage(
            "@AllowFinding(rule = \""
                + a.rule()
                + "\") on "
                + where
                + " has no reason; say why the finding is acceptable, e.g. reason = \"at most 5"
                + " rows, see JIRA-123\"");
      }
      out.add(new Allowance(rule.get().id(), fingerprint, a.reason().trim()));
    }
    return new Allowances(out);
  }

  /** The allowance that accepts this finding, if any. */
  Optional<Allowance> find(Finding finding) {
    return allowances.stream().filter(a -> a.matches(finding)).findFirst();
  }

  List<Allowance> all() {
    return allowances;
  }

  private static QueryScopeException usage(String message) {
    return new QueryScopeException(ErrorCode.USAGE, message);
  }
}
