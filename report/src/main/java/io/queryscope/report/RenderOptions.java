package io.queryscope.report;

import io.queryscope.core.finding.Severity;

/**
 * How to render.
 *
 * @param color ANSI colour in text output (only when stdout is a terminal and not --no-color)
 * @param failOn findings at or above it fail (JUnit failures); null for none
 */
public record RenderOptions(boolean color, Severity failOn) {

  public static final RenderOptions PLAIN = new RenderOptions(false, null);
}
