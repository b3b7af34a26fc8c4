package io.queryscope.cli.explain;

import io.queryscope.cli.DialectConverter;
import io.queryscope.cli.GivenStatement;
import io.queryscope.cli.InputFiles;
import io.queryscope.cli.OutputOptions;
import io.queryscope.cli.Progress;
import io.queryscope.cli.ReportOutput;
import io.queryscope.cli.RuleOptions;
import io.queryscope.cli.WhatIfConverter;
import io.queryscope.cli.analysis.AnalysisResult;
import io.queryscope.cli.analysis.AnalyzeSkipped;
import io.queryscope.cli.analysis.ExplainableSql;
import io.queryscope.cli.analysis.ReportDocuments;
import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.cli.connect.ConnectionSpec;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Report;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.sql.LiteralsInMessages;
import io.queryscope.core.workload.Workload;
import io.queryscope.report.ReportDocument;
import io.queryscope.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code queryscope explain}: one statement, or one saved plan, read the way a person needs. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "One statement's plan as an annotated tree, with its findings and what-if results.",
      "",
      "Show one statement's plan as an annotated tree (estimated vs actual rows, share of time,",
      "the dominant node), its findings, and what-if results for any index it recommends.",
      "",
      "  queryscope explain --url JDBC_URL \"select ...\"     explain on a live database",
      "  queryscope explain --url JDBC_URL --file query.sql",
      "  queryscope explain --plan plan.json                 a saved JSON plan, no database"
    })
public final class ExplainCommand implements Callable<Integer>, GivenStatement {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "SQL", description = "The statement to explain.")
  String sql;

  @Option(names = "--file", paramLabel = "FILE", description = "Read the statement from FILE.")
  Path file;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description =
          "A saved plan: PostgreSQL EXPLAIN (FORMAT JSON ...) or MySQL/MariaDB EXPLAIN"
              + " FORMAT=JSON output.")
  Path plan;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      converter = DialectConverter.class,
      description = "postgresql, mysql or mariadb, for --plan (detected when omitted).")
  DatabaseKind dialect;

  @Mixin ConnectionOptions connection;

  @Option(names = "--analyze", description = "EXPLAIN ANALYZE a SELECT (it runs).")
  boolean analyze;

  @Option(
      names = "--what-if",
      paramLabel = "MODE",
      defaultValue = "hypothetical",
      converter = WhatIfConverter.class,
      description = "Verify recommended indexes: off, hypothetical (default) or transactional.")
  WhatIfMode whatIf;

  @Mixin RuleOptions rules;

  @Mixin OutputOptions output;

  /** The statement being explained, once read. */
  private String given;

  @Override
  public Integer call() {
    String statement = statement();
    given = statement;
    AnalysisResult result;
    if (plan != null) {
      if (connection.hasUrl()) {
        throw new QueryScopeException(
            ErrorCode.USAGE, "--plan reads a saved plan without a database: drop --url");
      }
      result = offline(statement);
    } else {
      if (statement == null) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "nothing to explain: give a statement, --file FILE, or --plan FILE for a saved plan");
      }
      if (!connection.hasUrl()) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "explaining a statement needs --url JDBC_URL; for a saved plan use --plan FILE");
      }
      ExplainableSql.require(statement);
      result = live(statement);
    }
    ReportDocument document = ReportDocuments.of(result, output.showLiterals());
    PrintWriter out = spec.commandLine().getOut();
    return ReportOutput.write(
        document,
        output,
        out,
        spec.commandLine().getErr(),
        (doc, color, w) -> new ExplainText(color).print(doc, w),
        connection.secrets());
  }

  /** A failing explain quotes the statement and the server its values: hidden as in reports. */
  @Override
  public String shown(String text) {
    return output.showLiterals() ? text : LiteralsInMessages.hide(text, given);
  }

  private String statement() {
    if (sql != null && file != null) {
      throw new QueryScopeException(ErrorCode.USAGE, "give the statement or --file, not both");
    }
    return file != null ? InputFiles.read("--file", file).strip() : sql;
  }

  private AnalysisResult offline(String statement) {
    String text = SavedPlans.read(plan);
    Plan parsed = SavedPlans.parse(plan, text, dialect, statement);
    String planSql = parsed.sql() == null ? "" : parsed.sql();
    Fingerprint fp = Fingerprinter.fingerprint(planSql);
    long id = fp.id();
    Target target = new Target(parsed.dialect(), ServerVersion.UNKNOWN, null);
    Workload workload =
        parsed.sql() == null
            ? Workload.EMPTY
            : SingleStatementWorkload.of(fp, parsed.sql(), parsed, Workload.EMPTY);
    AnalysisContext context =
        new AnalysisContext(
            target, workload, Map.of(id, parsed), null, null, null, rules.settings());
    Report report = forStatement(new RuleEngine().analyze(context), id);
    return new AnalysisResult(report, Map.of(id, parsed), workload, CapturedEvents.NONE);
  }

  private AnalysisResult live(String statement) {
    ConnectionSpec target = connection.spec();
    Progress progress =
        new Progress(
            spec.commandLine().getErr(),
            Progress.modeFor(output.quiet(), output.verbose()),
            connection.secrets());
    progress.phase("connecting to " + target);
    try (TargetConnection tc =
        TargetConnection.open(target, connection.timeouts(), whatIf == WhatIfMode.TRANSACTIONAL)) {
      DialectSession session = tc.session();
      progress.phase(analyze ? "running EXPLAIN ANALYZE" : "explaining");
      Plan explained =
          session.explain(statement, new ExplainOptions(analyze, analyze, false, List.of()));
      Fingerprint fp = Fingerprinter.fingerprint(statement);
      long id = fp.id();
      progress.phase("reading the catalog and statistics");
      Workload workload =
          SingleStatementWorkload.of(fp, statement, explained, session.readWorkload());
      AnalysisContext context =
          new AnalysisContext(
              session.target(),
              workload,
              Map.of(id, explained),
              session.readCatalog(),
              session.readServerState(),
              null,
              rules.settings());
      progress.phase("running rules" + (whatIf == WhatIfMode.OFF ? "" : " and what-if indexes"));
      Report report = forStatement(new RuleEngine().analyze(context, session, whatIf), id);
      List<String> skipped = AnalyzeSkipped.notes(analyze, explained, ReportDocuments.hex(id));
      if (!skipped.isEmpty()) {
        skipped.addAll(report.notes());
        report =
            new Report(
                report.tool(), report.target(), report.summary(), report.findings(), skipped);
      }
      progress.done();
      return new AnalysisResult(report, Map.of(id, explained), workload, CapturedEvents.NONE);
    }
  }

  /** Only the findings about this statement: catalog-wide ones belong to {@code analyze}. */
  private static Report forStatement(Report report, long id) {
    String hex = ReportDocuments.hex(id);
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
}
