package io.queryscope.cli.plans;

import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.finding.Report;
import io.queryscope.core.model.Target;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineJson;
import io.queryscope.regression.BaselineReader;
import io.queryscope.regression.BaselineRecorder;
import io.queryscope.regression.BaselineStatement;
import io.queryscope.regression.PlanCapture;
import io.queryscope.regression.StatementSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code queryscope plans record}: plans a set of statements and writes them as a baseline. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description = {
      "Record the plans of a set of statements as a baseline file to commit.",
      "Statements come from .sql files (--queries), captured proxy events (--events) or the"
          + " server's top statements (--top); with --update the baseline's own statements are"
          + " planned again and the new plans accepted."
    })
final class RecordCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-v", "--verbose"},
      description = "With an error, its stack trace too (passwords removed).")
  boolean verbose;

  @Option(
      names = "--queries",
      paramLabel = "DIR_OR_FILE",
      description = "A .sql file or a directory of them (searched recursively).")
  List<Path> queries = new ArrayList<>();

  @Option(
      names = "--events",
      paramLabel = "FILE",
      description =
          "Statements captured by the queryscope proxy (JSON Lines from exportEvents); one per"
              + " fingerprint, with its binds.")
  Path events;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "The server's N heaviest statements by total time.")
  Integer top;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "BASELINE.json",
      description = "The baseline file to write.")
  Path out;

  @Option(
      names = "--analyze",
      description = "Run each SELECT (EXPLAIN ANALYZE) to record actual rows, time and buffers.")
  Boolean analyze;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description = "Runs per statement with --analyze; the median time is kept (default: 5).")
  Integer repeat;

  @Option(
      names = "--update",
      description =
          "Plan the statements already in --out again and accept the new plans, keeping"
              + " every entry; statements from --queries/--events/--top are added or replaced.")
  boolean update;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return record(spec.commandLine().getOut());
    } catch (QueryScopeException e) {
      return PlansErrors.report(err, "plans record", connection, e, verbose);
    }
  }

  private int record(PrintWriter console) {
    Baseline previous = update ? BaselineReader.read(out) : null;
    if (previous == null && queries.isEmpty() && events == null && top == null) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "nothing to record: give --queries, --events or --top, or --update an existing baseline");
    }
    boolean runStatements = analyze != null ? analyze : previous != null && previous.analyze();
    int runs = repeat != null ? repeat : previous != null ? previous.repeat() : 5;
    if (repeat != null && repeat < 1) {
      throw new QueryScopeException(ErrorCode.USAGE, "--repeat must be at least 1, got " + repeat);
    }
    int runsKept = runStatements ? runs : 1;

    List<String> notes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<StatementSpec> chosen = new ArrayList<>();
    queries.forEach(q -> chosen.addAll(SqlFileSource.read(q)));
    List<StatementSpec> captured = events == null ? List.of() : EventsSource.read(events, notes);
    try (TargetConnection target = Targets.open(connection, "plans record")) {
      DialectSession session = target.session();
      Target where = session.target();
      if (previous != null && !previous.dialect().equals(where.dialect().id())) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "baseline "
                + out
                + " was recorded on "
                + previous.dialect()
                + " but --url points at "
                + where.dialect().id()
                + "; record a separate baseline per server family");
      }
      BaselineRecorder recorder =
          new BaselineRecorder(new PlanCapture(session, runStatements, runsKept));
      List<BaselineStatement> recorded = new ArrayList<>(recorder.record(chosen, true, skipped));
      recorded.addAll(recorder.record(captured, false, skipped));
      if (top != null) {
        recorded.addAll(
            recorder.record(TopStatementsSource.read(session, top, notes), false, skipped));
      }
      if (previous != null) {
        List<String> stale = new ArrayList<>();
        recorded.addAll(recorder.record(keptStatements(previous, recorded), false, stale));
        stale.forEach(s -> notes.add("kept the recorded plan of " + s));
      }
      if (recorded.isEmpty() && (previous == null || previous.statements().isEmpty())) {
        // An empty baseline would pass every nightly check: refuse rather than write one.
        throw new QueryScopeException(
            ErrorCode.ANALYSIS_FAILED,
            "no statement could be planned, so no baseline was written"
                + (skipped.isEmpty()
                    ? notes.isEmpty() ? "" : "; " + notes.get(0)
                    : "; the first one failed with " + skipped.get(0)));
      }
      String tool = Report.Tool.queryscope().version();
      String server = where.serverVersion().toString();
      Baseline baseline =
          previous == null
              ? new Baseline(
                  tool, where.dialect().id(), server, runStatements, runsKept, unique(recorded))
              : previous.with(tool, server, runStatements, runsKept, unique(recorded));
      write(baseline);
      summarize(console, baseline, previous, notes, skipped);
    }
    return 0;
  }

  /** Baseline entries no source named again: planned anew, but kept even if that fails. */
  private static List<StatementSpec> keptStatements(
      Baseline previous, List<BaselineStatement> recorded) {
    List<String> fresh = recorded.stream().map(BaselineStatement::id).toList();
    return previous.statements().stream()
        .filter(s -> !fresh.contains(s.id()))
        .map(BaselineStatement::statement)
        .toList();
  }

  /** The last of several statements with one name wins (a file given twice, say). */
  private static List<BaselineStatement> unique(List<BaselineStatement> statements) {
    Map<String, BaselineStatement> byId = new LinkedHashMap<>();
    statements.forEach(s -> byId.put(s.id(), s));
    return List.copyOf(byId.values());
  }

  /** Writes beside the target and moves it in place, so a failed run never leaves half a file. */
  private void write(Baseline baseline) {
    Path absolute = out.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temp = Files.createTempFile(absolute.getParent(), ".queryscope-baseline", ".tmp");
      Files.writeString(temp, BaselineJson.write(baseline), StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "could not write baseline " + out + ": " + e.getMessage(),
          e);
    }
  }

  private void summarize(
      PrintWriter console,
      Baseline baseline,
      Baseline previous,
      List<String> notes,
      List<String> skipped) {
    long changed =
        previous == null
            ? 0
            : baseline.statements().stream()
                .filter(
                    s ->
                        previous
                            .statement(s.id())
                            .map(p -> !p.plan().shapeHash().equals(s.plan().shapeHash()))
                            .orElse(false))
                .count();
    console.printf(
        "%s %d statement(s) on %s %s into %s%s%n",
        previous == null ? "recorded" : "updated",
        baseline.statements().size(),
        baseline.dialect(),
        baseline.serverVersion(),
        out,
        previous == null ? "" : " (" + changed + " plan shape(s) changed and accepted)");
    Secrets secrets = connection.secrets();
    for (String note : notes) {
      console.println("note: " + secrets.redact(note));
    }
    for (String skip : skipped) {
      console.println("skipped " + secrets.redact(skip));
    }
    console.flush();
  }
}
