/**
 * The rule extension point: a {@link io.queryscope.core.rule.Rule} reads an {@link
 * io.queryscope.core.rule.AnalysisContext} and returns findings. Rules are found with
 * ServiceLoader.
 */
package io.queryscope.core.rule;
