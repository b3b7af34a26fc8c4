package io.queryscope.analysis;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;
import java.util.Map;

/**
 * What an analysis reads and what it was given.
 *
 * @param session the live target to read (statement statistics, plans, catalog, server state), or
 *     null offline
 * @param target the target when there is no session (a log's dialect, a scope's database), or null
 * @param workload statement statistics already in hand (a scope's); a session's replace them
 * @param events captured proxy events
 * @param log a server log's evidence, or null
 * @param plans plans already in hand, by fingerprint id
 * @param catalog a catalog already in hand
 * @param serverState server state already in hand
 * @param focus the one statement to explain and report on, or null for the heaviest
 */
public record AnalysisInput(
    DialectSession session,
    Target target,
    Workload workload,
    CapturedEvents events,
    LogEvidence log,
    Map<Long, Plan> plans,
    Catalog catalog,
    ServerState serverState,
    Focus focus) {

  public AnalysisInput {
    workload = workload == null ? Workload.EMPTY : workload;
    events = events == null ? CapturedEvents.NONE : events;
    plans = plans == null ? Map.of() : Map.copyOf(plans);
  }

  /**
   * One statement: explained on the session when {@code plan} is null, else the given plan (whose
   * own SQL, if any, is the statement).
   */
  public record Focus(String sql, Plan plan) {}

  /** The heaviest statements of a live target, with captured events and a log when given. */
  public static AnalysisInput live(DialectSession session, CapturedEvents events, LogEvidence log) {
    return new AnalysisInput(session, null, null, events, log, null, null, null, null);
  }

  /** Offline input (captured events, a log) of the dialect {@code kind}, or of none when null. */
  public static AnalysisInput offline(DatabaseKind kind, CapturedEvents events, LogEvidence log) {
    Target target = kind == null ? null : new Target(kind, ServerVersion.UNKNOWN, null);
    return new AnalysisInput(null, target, null, events, log, null, null, null, null);
  }

  /** Evidence already gathered (a capture scope's), for the rules alone. */
  public static AnalysisInput given(
      Target target,
      Workload workload,
      CapturedEvents events,
      Map<Long, Plan> plans,
      Catalog catalog,
      ServerState serverState) {
    return new AnalysisInput(
        null, target, workload, events, null, plans, catalog, serverState, null);
  }

  /** One statement explained on a live target. */
  public static AnalysisInput statement(DialectSession session, String sql) {
    return new AnalysisInput(
        session, null, null, null, null, null, null, null, new Focus(sql, null));
  }

  /** One saved plan, no database. */
  public static AnalysisInput savedPlan(Plan plan) {
    return new AnalysisInput(null, null, null, null, null, null, null, null, new Focus(null, plan));
  }
}
