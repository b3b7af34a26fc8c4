package io.queryscope.core.rule;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * All evidence an analysis has, in neutral words. Absent evidence is empty, never null: {@link
 * #available()} tells a rule what it may rely on.
 *
 * @param target null when analysing captured events alone
 * @param plans plans by fingerprint id
 */
public record AnalysisContext(
    Target target,
    Workload workload,
    Map<Long, Plan> plans,
    Catalog catalog,
    ServerState serverState,
    CapturedEvents events,
    RuleSettings settings) {

  public AnalysisContext {
    workload = workload == null ? Workload.EMPTY : workload;
    plans = plans == null ? Map.of() : Map.copyOf(plans);
    catalog = catalog == null ? Catalog.EMPTY : catalog;
    serverState = serverState == null ? ServerState.UNKNOWN : serverState;
    events = events == null ? CapturedEvents.NONE : events;
    settings = settings == null ? RuleSettings.DEFAULTS : settings;
  }

  public Set<Evidence> available() {
    Set<Evidence> have = EnumSet.noneOf(Evidence.class);
    if (!events.statements().isEmpty()) {
      have.add(Evidence.CAPTURED_STATEMENTS);
    }
    if (!events.connections().isEmpty()) {
      have.add(Evidence.CAPTURED_CONNECTIONS);
    }
    if (!events.pools().isEmpty()) {
      have.add(Evidence.POOL);
    }
    if (!workload.statements().isEmpty()) {
      have.add(Evidence.WORKLOAD);
    }
    if (!plans.isEmpty()) {
      have.add(Evidence.PLANS);
    }
    if (plans.values().stream().anyMatch(Plan::analyzed)) {
      have.add(Evidence.ANALYZED_PLANS);
    }
    if (!catalog.isEmpty()) {
      have.add(Evidence.CATALOG);
    }
    if (serverState != ServerState.UNKNOWN) {
      have.add(Evidence.SERVER_STATE);
    }
    return have;
  }
}
