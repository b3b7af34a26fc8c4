package io.queryscope.core.dialect;

import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.List;

/**
 * What a server log file held: statement statistics and any plans it logged (auto_explain).
 *
 * @param plans plans the log held, kept as samples within bounds: a few of each fingerprint's
 *     slowest, slowest first (the first of a fingerprint is the one to show)
 * @param skippedLines lines that were not understood; reported, never fatal unless nothing was read
 */
public record LogEvidence(Workload workload, List<Plan> plans, long skippedLines) {

  public LogEvidence {
    plans = List.copyOf(plans);
  }
}
