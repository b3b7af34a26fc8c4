package io.queryscope.report.check;

import io.queryscope.core.finding.Severity;
import io.queryscope.regression.CheckReport;

/**
 * What {@code plans check} prints: the comparison, and the severity from which a regression fails
 * the check, so the output can say which statements failed it.
 */
public record CheckOutcome(CheckReport report, Severity failOn) {}
