package io.queryscope.cli.analysis;

import io.queryscope.cli.Progress;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Report;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.LiteralsInMessages;
import io.queryscope.core.workload.Workload;
import io.queryscope.rules.RuleEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers evidence from every source given (a live target, captured events, a server log), makes
 * plans for the heaviest statements, and runs the rule engine. A statement that cannot be explained
 * becomes a note, never a failure.
 */
public final class Analysis {

  private final AnalysisRequest request;
  private final Progress progress;

  public Analysis(AnalysisRequest request, Progress progress) {
    this.request = request;
    this.progress = progress;
  }

  /**
   * @param target the live target, or null for offline input
   * @param events captured proxy events, or {@link CapturedEvents#NONE}
   * @param log a server log's evidence, or null
   * @param offlineKind the dialect of offline input (a log), or null
   */
  public AnalysisResult run(
      TargetConnection target, CapturedEvents events, LogEvidence log, DatabaseKind offlineKind) {
    List<String> notes = new ArrayList<>();
    DialectSession session = target == null ? null : target.session();
    Workload workload = Workload.EMPTY;
    Map<Long, Plan> plans = new LinkedHashMap<>();
    Catalog catalog = Catalog.EMPTY;
    ServerState state = ServerState.UNKNOWN;
    if (session != null) {
      progress.phase("reading statement statistics");
      workload = session.readWorkload();
    }
    if (log != null) {
      workload = workload.plus(log.workload());
      for (Plan p : log.plans()) {
        plans.putIfAbsent(Fingerprinter.fingerprint(p.sql()).id(), p);
      }
      if (log.skippedLines() > 0) {
        notes.add(log.skippedLines() + " log lines were not understood and were skipped");
      }
    }
    if (session != null) {
      List<ExplainTarget> targets = ExplainTarget.heaviest(workload, events, request.top());
      explain(session, targets, plans, notes);
      progress.phase("reading the catalog and server state");
      catalog = session.readCatalog();
      state = session.readServerState();
    }
    Target t =
        session != null
            ? session.target()
            : offlineKind == null ? null : new Target(offlineKind, ServerVersion.UNKNOWN, null);
    AnalysisContext context =
        new AnalysisContext(t, workload, plans, catalog, state, events, request.settings());
    progress.phase(
        session != null && request.whatIf() != WhatIfMode.OFF
            ? "running rules and trying recommended indexes"
            : "running rules");
    Report report = new RuleEngine().analyze(context, session, request.whatIf());
    if (!notes.isEmpty()) {
      List<String> all = new ArrayList<>(notes);
      all.addAll(report.notes());
      report = new Report(report.tool(), report.target(), report.summary(), report.findings(), all);
    }
    progress.done();
    return new AnalysisResult(report, plans, context.workload(), events);
  }

  private void explain(
      DialectSession session,
      List<ExplainTarget> targets,
      Map<Long, Plan> plans,
      List<String> notes) {
    progress.phase("explaining " + targets.size() + " statements");
    int done = 0;
    int failed = 0;
    for (ExplainTarget t : targets) {
      // The normalized text: a sample statement's values are not for the terminal either.
      progress.step(++done, targets.size(), t.shortSql());
      if (plans.containsKey(t.fingerprintId())) {
        continue;
      }
      ExplainOptions options =
          new ExplainOptions(
              request.analyze() && t.isSelect(), request.analyze(), false, t.binds());
      try {
        Plan plan = session.explain(t.sql(), options);
        plans.put(t.fingerprintId(), plan);
        notes.addAll(
            AnalyzeSkipped.notes(options.analyze(), plan, t.hexId() + " (" + t.shortSql() + ")"));
      } catch (QueryScopeException e) {
        failed++;
        notes.add(
            "could not explain "
                + t.hexId()
                + " ("
                + t.shortSql()
                + "): "
                + LiteralsInMessages.hide(e.getMessage(), t.sql()));
      }
    }
    if (failed > 0) {
      progress.note(
          failed + " of " + targets.size() + " statements could not be explained (see notes)");
    }
  }
}
