package io.queryscope.rules;

import io.queryscope.core.rule.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/** The rules on the class path, found with ServiceLoader, in id order. */
public final class Rules {

  private Rules() {}

  public static List<Rule> all() {
    return ServiceLoader.load(Rule.class, Rules.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(Rule::id))
        .toList();
  }

  /** A rule by its id or one of its old ids (aliases), ignoring case. */
  public static Optional<Rule> find(List<Rule> rules, String idOrAlias) {
    String wanted = idOrAlias.trim().toLowerCase(Locale.ROOT);
    return rules.stream()
        .filter(r -> r.id().equals(wanted) || r.info().aliases().contains(wanted))
        .findFirst();
  }
}
