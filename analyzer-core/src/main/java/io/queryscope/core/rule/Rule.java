package io.queryscope.core.rule;

import io.queryscope.core.finding.Finding;
import java.util.List;

/**
 * Turns evidence into findings. Implementations are stateless, thread-safe, and registered in
 * {@code META-INF/services/io.queryscope.core.rule.Rule}. A rule reads only the neutral model: a
 * server fact it needs comes from the context's catalog, never from SQL of its own.
 */
public interface Rule {

  RuleInfo info();

  /**
   * Findings, unranked ({@code priority} 0). Called only when {@link RuleInfo#needs()} are present.
   */
  List<Finding> evaluate(AnalysisContext context);

  default String id() {
    return info().id();
  }
}
