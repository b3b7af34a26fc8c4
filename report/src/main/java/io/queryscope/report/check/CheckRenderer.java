package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;
import io.queryscope.report.DocumentRenderer;
import java.io.PrintWriter;

/** Prints a check's outcome in one format. */
public interface CheckRenderer extends DocumentRenderer<CheckOutcome> {

  /** The whole output as one text. */
  String text(CheckReport report, Severity failOn);

  @Override
  default void render(CheckOutcome outcome, PrintWriter out) {
    out.print(text(outcome.report(), outcome.failOn()));
  }

  /** {@link #text}, under the name every renderer's callers use. */
  default String render(CheckReport report, Severity failOn) {
    return text(report, failOn);
  }
}
