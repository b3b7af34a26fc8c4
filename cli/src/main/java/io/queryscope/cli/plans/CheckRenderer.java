package io.queryscope.cli.plans;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;

/** Prints a check's outcome in one format. */
interface CheckRenderer {

  /**
   * @param failOn the severity from which a regression fails the check, so the output can say which
   *     statements failed it
   */
  String render(CheckReport report, Severity failOn);
}
