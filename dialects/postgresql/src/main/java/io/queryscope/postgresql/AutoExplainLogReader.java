package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PostgreSQL server log (stderr, csvlog or jsonlog) for auto_explain plans and
 * log_min_duration_statement durations: plans in JSON format become {@link Plan}s, and every logged
 * duration counts toward its fingerprint's workload. Other log messages are ignored; lines that are
 * not log lines, and plans that do not parse, are counted as skipped.
 */
final class AutoExplainLogReader {

  private static final Pattern PLAN =
      Pattern.compile("^duration: ([0-9.]+) ms\\s+plan:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern STATEMENT =
      Pattern.compile(
          "^duration: ([0-9.]+) ms\\s+(?:statement|execute [^:]*):\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern TEXT_QUERY = Pattern.compile("^Query Text: (.*)$", Pattern.DOTALL);

  LogEvidence read(Path file) {
    List<String> lines = lines(file);
    PostgresLogFormat format = PostgresLogFormat.detect(file.getFileName().toString(), lines);
    PostgresLogFormat.Split split = format.split(lines);
    List<Plan> plans = new ArrayList<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    long skipped = split.garbageLines();
    long firstBad = split.firstGarbageLine();
    String firstProblem =
        firstBad > 0 ? "it is not a PostgreSQL " + format.name().toLowerCase() + " log line" : null;
    int textPlans = 0;
    for (LogMessage message : split.messages()) {
      Matcher plan = PLAN.matcher(message.text());
      Matcher statement = STATEMENT.matcher(message.text());
      if (plan.matches()) {
        double ms = Double.parseDouble(plan.group(1));
        String body = plan.group(2).strip();
        if (body.startsWith("{")) {
          try {
            Plan p = PostgresExplainParser.parse(body, null, PlanSource.LOG);
            plans.add(p);
            add(groups, p.sql(), ms, rowsOf(p), WorkloadSource.AUTO_EXPLAIN_LOG);
          } catch (QueryScopeException e) {
            skipped += message.lines();
            if (firstBad == 0 || message.line() < firstBad) {
              firstBad = message.line();
              firstProblem = "its auto_explain plan does not parse: " + e.getMessage();
            }
          }
        } else {
          // auto_explain.log_format = text: the duration still counts, the plan cannot be read.
          textPlans++;
          Matcher query = TEXT_QUERY.matcher(body);
          String sql = query.matches() ? query.group(1).lines().findFirst().orElse("") : "";
          add(groups, sql, ms, -1, WorkloadSource.AUTO_EXPLAIN_LOG);
        }
      } else if (statement.matches()) {
        add(
            groups,
            statement.group(2),
            Double.parseDouble(statement.group(1)),
            -1,
            WorkloadSource.SLOW_LOG);
      }
    }
    if (groups.isEmpty()) {
      throw nothingRead(file, lines.size(), firstBad, firstProblem);
    }
    List<String> notes = new ArrayList<>();
    if (textPlans > 0) {
      notes.add(
          textPlans
              + " plans in "
              + file
              + " were logged in text format and could not be read: set"
              + " auto_explain.log_format = json");
    }
    if (skipped > 0) {
      notes.add(skipped + " lines of " + file + " were skipped (first at line " + firstBad + ")");
    }
    List<StatementStats> stats = groups.values().stream().map(Group::stats).toList();
    return new LogEvidence(new Workload(stats, null, notes), plans, skipped);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_LOG,
          file + " is not UTF-8 text: give the PostgreSQL server log file itself, uncompressed",
          e);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "cannot read log file "
              + file
              + " ("
              + e.getMessage()
              + "); check the path and permissions",
          e);
    }
  }

  private static QueryScopeException nothingRead(
      Path file, int lineCount, long firstBad, String firstProblem) {
    if (lineCount == 0) {
      return new QueryScopeException(
          ErrorCode.MALFORMED_LOG, file + " is empty: give a PostgreSQL server log file");
    }
    if (firstBad > 0) {
      return new QueryScopeException(
          ErrorCode.MALFORMED_LOG,
          "nothing could be read from "
              + file
              + ": line "
              + firstBad
              + " is the first problem ("
              + firstProblem
              + "); give a complete PostgreSQL server log (stderr, csvlog or jsonlog)");
    }
    return new QueryScopeException(
        ErrorCode.MALFORMED_LOG,
        "no auto_explain plan or statement duration found in "
            + file
            + " ("
            + lineCount
            + " lines): load auto_explain with auto_explain.log_min_duration set and"
            + " auto_explain.log_format = json, or set log_min_duration_statement");
  }

  private static long rowsOf(Plan plan) {
    return plan.root().actuals() == null ? -1 : Math.round(plan.root().actuals().totalRows());
  }

  private static void add(
      Map<String, Group> groups, String sql, double ms, long rows, WorkloadSource source) {
    Fingerprint fp = Fingerprinter.fingerprint(sql);
    groups.computeIfAbsent(source + ":" + fp.id(), k -> new Group(fp, sql, source)).add(ms, rows);
  }

  /** Durations of one fingerprint from one kind of log entry. */
  private static final class Group {
    private final Fingerprint fingerprint;
    private final String sample;
    private final WorkloadSource source;
    private long calls;
    private double totalMs;
    private double maxMs;
    private long rows = -1;

    Group(Fingerprint fingerprint, String sample, WorkloadSource source) {
      this.fingerprint = fingerprint;
      this.sample = sample;
      this.source = source;
    }

    void add(double ms, long rowCount) {
      calls++;
      totalMs += ms;
      maxMs = Math.max(maxMs, ms);
      if (rowCount >= 0) {
        rows = Math.max(rows, 0) + rowCount;
      }
    }

    StatementStats stats() {
      return new StatementStats(
          fingerprint.id(),
          fingerprint.normalized(),
          sample,
          List.of(),
          null,
          source,
          calls,
          totalMs,
          totalMs / calls,
          maxMs,
          rows,
          -1,
          Map.of());
    }
  }
}
