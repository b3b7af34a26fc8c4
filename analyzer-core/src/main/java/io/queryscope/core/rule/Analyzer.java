package io.queryscope.core.rule;

import io.queryscope.core.finding.Report;

/**
 * Runs every rule on a context and ranks the findings into a report. The {@code analysis} module
 * provides it through ServiceLoader (its pipeline, around the {@code rules} module's engine), so
 * {@code QueryScope.report()} in this module can use it without depending on any rule.
 */
public interface Analyzer {

  Report analyze(AnalysisContext context);
}
