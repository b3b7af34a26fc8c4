package io.queryscope.cli.analyze;

import io.queryscope.analysis.Analysis;
import io.queryscope.analysis.AnalysisInput;
import io.queryscope.analysis.AnalysisRequest;
import io.queryscope.analysis.AnalysisResult;
import io.queryscope.cli.DialectConverter;
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
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.model.DatabaseKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queryscope analyze}: gather evidence, explain the heaviest statements, rank findings. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Ranked recommendations for a database, a proxy capture or a server log.",
      "",
      "Analyse a database (--url), captured proxy events (--events) or a server log (--log),",
      "alone or together.",
      "",
      "Everything run against the database is read-only, under statement and lock timeouts.",
      "Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage error, 3 connection or"
          + " analysis error."
    })
public final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description = "Events captured by the queryscope proxy (JSON Lines).")
  Path events;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "A PostgreSQL auto_explain log or a MySQL/MariaDB slow query log.")
  Path log;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      converter = DialectConverter.class,
      description = "postgresql, mysql or mariadb: how to read --log when there is no --url.")
  DatabaseKind dialect;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "20",
      description = "Explain the N heaviest statements (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--analyze",
      description = "EXPLAIN ANALYZE plain SELECTs (they run; writes never do).")
  boolean analyze;

  @Option(
      names = "--what-if",
      paramLabel = "MODE",
      defaultValue = "hypothetical",
      converter = WhatIfConverter.class,
      description =
          "Verify recommended indexes: off, hypothetical (HypoPG; default) or transactional"
              + " (CREATE INDEX in a transaction that is always rolled back).")
  WhatIfMode whatIf;

  @Mixin RuleOptions rules;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    if (!connection.hasUrl() && events == null && log == null) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "nothing to analyse: give --url JDBC_URL, --events FILE or --log FILE (see"
              + " queryscope analyze --help)");
    }
    if (top < 0) {
      throw new QueryScopeException(ErrorCode.USAGE, "--top " + top + ": use 0 or more");
    }
    if (log != null && !connection.hasUrl() && dialect == null) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "--log without --url needs --dialect postgresql|mysql|mariadb to know how to read it");
    }
    AnalysisRequest request = new AnalysisRequest(top, analyze, whatIf, rules.settings());
    PrintWriter err = spec.commandLine().getErr();
    Progress progress =
        new Progress(err, Progress.modeFor(output.quiet(), output.verbose()), connection.secrets());
    CapturedEvents captured =
        events == null
            ? CapturedEvents.NONE
            : CapturedEventsFile.read(InputFiles.require("--events", events));
    AnalysisResult result;
    if (connection.hasUrl()) {
      ConnectionSpec target = connection.spec();
      progress.phase("connecting to " + target);
      try (TargetConnection tc =
          TargetConnection.open(
              target, connection.timeouts(), whatIf == WhatIfMode.TRANSACTIONAL)) {
        LogEvidence logEvidence = log == null ? null : readLog(dialectForLog(tc.dialect()));
        result =
            new Analysis(request, progress)
                .run(AnalysisInput.live(tc.session(), captured, logEvidence));
      }
    } else {
      LogEvidence logEvidence = log == null ? null : readLog(dialectForLog(null));
      result =
          new Analysis(request, progress)
              .run(
                  AnalysisInput.offline(
                      logEvidence == null ? null : dialect, captured, logEvidence));
    }
    return ReportOutput.write(
        ReportDocuments.of(result, output.showLiterals()),
        output,
        spec.commandLine().getOut(),
        err,
        null,
        connection.secrets());
  }

  private Dialect dialectForLog(Dialect connected) {
    if (dialect != null) {
      return Dialects.byKind(dialect)
          .orElseThrow(
              () ->
                  new QueryScopeException(
                      ErrorCode.USAGE,
                      "no " + dialect.id() + " support in this build of queryscope"));
    }
    return connected;
  }

  private LogEvidence readLog(Dialect d) {
    return d.readLog(InputFiles.require("--log", log));
  }
}
