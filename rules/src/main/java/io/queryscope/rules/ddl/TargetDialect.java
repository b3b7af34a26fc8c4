package io.queryscope.rules.ddl;

import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;

/**
 * The server a recommendation is written for: the analysed target, else the dialect of any plan,
 * else PostgreSQL (captured events alone do not say).
 */
public final class TargetDialect {

  private TargetDialect() {}

  public static DatabaseKind of(AnalysisContext context) {
    if (context.target() != null && context.target().dialect() != null) {
      return context.target().dialect();
    }
    return context.plans().values().stream()
        .map(Plan::dialect)
        .filter(d -> d != null)
        .findFirst()
        .orElse(DatabaseKind.POSTGRESQL);
  }
}
