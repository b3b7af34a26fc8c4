package io.queryscope.core.dialect;

import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.List;

/**
 * What a server log file held: statement statistics and any plans it logged (auto_explain).
 *
 * @param skippedLines lines that were not understood; reported, never fatal unless nothing was read
 */
public record LogEvidence(Workload workload, List<Plan> plans, long skippedLines) {

  public LogEvidence {
    plans = List.copyOf(plans);
  }
}
