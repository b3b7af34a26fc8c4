package io.queryscope.cli.explain;

import io.queryscope.analysis.Analysis;
import io.queryscope.analysis.AnalysisInput;
import io.queryscope.analysis.AnalysisRequest;
import io.queryscope.analysis.AnalysisResult;
import io.queryscope.analysis.ExplainableSql;
import io.queryscope.cli.DialectConverter;
import io.queryscope.cli.GivenStatement;
import io.queryscope.cli.InputFiles;
import io.queryscope.cli.OutputOptions;
import io.queryscope.cli.Progress;
import io.queryscope.cli.ReportOutput;
import io.queryscope.cli.RuleOptions;
import io.queryscope.cli.WhatIfConverter;
import io.queryscope.cli.analysis.ReportDocuments;
import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.cli.connect.ConnectionSpec;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.LiteralsInMessages;
import io.queryscope.report.ReportDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    return new Analysis(request(), Progress.SILENT).run(AnalysisInput.savedPlan(parsed));
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
      return new Analysis(request(), progress)
          .run(AnalysisInput.statement(tc.session(), statement));
    }
  }

  private AnalysisRequest request() {
    return new AnalysisRequest(1, analyze, whatIf, rules.settings());
  }
}
