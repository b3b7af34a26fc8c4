package io.queryscope.analysis;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Report;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.Map;

/**
 * The ranked report and the evidence behind it, for renderers.
 *
 * @param plans plans by fingerprint id
 */
public record AnalysisResult(
    Report report, Map<Long, Plan> plans, Workload workload, CapturedEvents events) {

  public AnalysisResult {
    plans = Map.copyOf(plans);
    events = events == null ? CapturedEvents.NONE : events;
    workload = workload == null ? Workload.EMPTY : workload;
  }
}
