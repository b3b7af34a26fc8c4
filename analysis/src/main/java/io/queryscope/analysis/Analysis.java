package io.queryscope.analysis;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.LiteralsInMessages;
import io.queryscope.core.workload.Workload;
import io.queryscope.rules.RuleEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one analysis: gathers evidence from every source given (a live target, captured events, a
 * server log, plans in hand), chooses what to explain (the heaviest statements, or the one in
 * focus), plans it, and runs the rule engine, which verifies index fixes with what-if plans, ranks
 * and merges. A statement among the heaviest that cannot be explained becomes a note, never a
 * failure; the statement in focus failing to explain is the caller's error.
 */
public final class Analysis {

  private static final RuleEngine ENGINE = new RuleEngine();

  private final AnalysisRequest request;
  private final AnalysisProgress progress;

  public Analysis(AnalysisRequest request, AnalysisProgress progress) {
    this.request = request;
    this.progress = progress;
  }

  public AnalysisResult run(AnalysisInput input) {
    return input.focus() == null ? heaviest(input) : focused(input, input.focus());
  }

  private AnalysisResult heaviest(AnalysisInput input) {
    List<String> notes = new ArrayList<>();
    DialectSession session = input.session();
    Workload workload = input.workload();
    Map<Long, Plan> plans = new LinkedHashMap<>(input.plans());
    Catalog catalog = input.catalog();
    ServerState state = input.serverState();
    if (session != null) {
      progress.phase("reading statement statistics");
      workload = session.readWorkload();
    }
    LogEvidence log = input.log();
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
      List<ExplainTarget> targets = ExplainTarget.heaviest(workload, input.events(), request.top());
      explain(session, targets, plans, notes);
      progress.phase("reading the catalog and server state");
      catalog = session.readCatalog();
      state = session.readServerState();
    }
    Target target = session != null ? session.target() : input.target();
    AnalysisContext context =
        new AnalysisContext(
            target, workload, plans, catalog, state, input.events(), request.settings());
    progress.phase(
        session != null && request.whatIf() != WhatIfMode.OFF
            ? "running rules and trying recommended indexes"
            : "running rules");
    Report report = withNotes(notes, ENGINE.analyze(context, session, request.whatIf()));
    progress.done();
    return new AnalysisResult(report, plans, context.workload(), input.events());
  }

  /** One statement: its plan, its figures, and only the findings about it. */
  private AnalysisResult focused(AnalysisInput input, AnalysisInput.Focus focus) {
    DialectSession session = input.session();
    Plan plan = focus.plan();
    String sql = focus.sql();
    List<String> notes = new ArrayList<>();
    if (plan == null) {
      progress.phase(request.analyze() ? "running EXPLAIN ANALYZE" : "explaining");
      plan =
          session.explain(
              sql, new ExplainOptions(request.analyze(), request.analyze(), false, List.of()));
      notes.addAll(
          AnalyzeSkipped.notes(request.analyze(), plan, FingerprintId.hex(fingerprint(sql).id())));
    } else {
      sql = plan.sql();
    }
    Fingerprint fp = fingerprint(sql);
    long id = fp.id();
    Workload server = Workload.EMPTY;
    Target target = new Target(plan.dialect(), ServerVersion.UNKNOWN, null);
    Catalog catalog = null;
    ServerState state = null;
    if (session != null) {
      progress.phase("reading the catalog and statistics");
      server = session.readWorkload();
      target = session.target();
      catalog = session.readCatalog();
      state = session.readServerState();
    }
    Workload workload =
        sql == null ? Workload.EMPTY : SingleStatementWorkload.of(fp, sql, plan, server);
    AnalysisContext context =
        new AnalysisContext(
            target, workload, Map.of(id, plan), catalog, state, null, request.settings());
    if (session != null) {
      progress.phase(
          "running rules" + (request.whatIf() == WhatIfMode.OFF ? "" : " and what-if indexes"));
    }
    Report report =
        withNotes(notes, forStatement(ENGINE.analyze(context, session, whatIf(session)), id));
    if (session != null) {
      progress.done();
    }
    return new AnalysisResult(report, Map.of(id, plan), workload, null);
  }

  private WhatIfMode whatIf(DialectSession session) {
    return session == null ? WhatIfMode.OFF : request.whatIf();
  }

  private static Fingerprint fingerprint(String sql) {
    return Fingerprinter.fingerprint(sql == null ? "" : sql);
  }

  /** Only the findings about this statement: catalog-wide ones belong to the heaviest's report. */
  private static Report forStatement(Report report, long id) {
    String hex = FingerprintId.hex(id);
    List<Finding> mine = new ArrayList<>();
    for (Finding f : report.findings()) {
      boolean about =
          (f.query() != null && hex.equals(f.query().fingerprint()))
              || f.fingerprints().contains(hex);
      if (about) {
        mine.add(f.withPriority(mine.size() + 1));
      }
    }
    return new Report(
        report.tool(),
        report.target(),
        new Report.Summary(report.summary().statements(), 1, mine.size()),
        mine,
        report.notes());
  }

  /** The analysis's own notes first, then the engine's. */
  private static Report withNotes(List<String> notes, Report report) {
    if (notes.isEmpty()) {
      return report;
    }
    List<String> all = new ArrayList<>(notes);
    all.addAll(report.notes());
    return new Report(report.tool(), report.target(), report.summary(), report.findings(), all);
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
