package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.LogLines;
import io.queryscope.core.plan.PlanLimits;
import io.queryscope.core.workload.Workload;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/**
 * Reads a PostgreSQL server log (stderr, csvlog or jsonlog) for auto_explain plans and
 * log_min_duration_statement durations, in one pass, line by line: plans in JSON format become
 * {@link io.queryscope.core.plan.Plan}s, and every logged duration counts toward its fingerprint's
 * workload ({@link AutoExplainGroups}). Other log messages are ignored; lines that are not log
 * lines, plans that do not parse and messages too long to read are counted as skipped.
 */
final class AutoExplainLogReader {

  /**
   * The longest message read, in chars: a quarter of the largest plan this heap reads, because the
   * reader holds its samples and the message's text and JSON besides the plan it parses. (16 MB
   * with a heap of 512 MB or more, 8 MB under -Xmx256m; an auto_explain plan that large is rare.)
   */
  static final int MAX_MESSAGE_CHARS = (int) (PlanLimits.maxPlanBytes() / 4);

  /** A jsonlog line holds a message with its escapes. */
  private static final int MAX_LINE_CHARS = 2 * MAX_MESSAGE_CHARS;

  LogEvidence read(Path file) {
    PostgresLogFormat format =
        PostgresLogFormat.detect(file.getFileName().toString(), firstLine(file));
    AutoExplainGroups groups = new AutoExplainGroups(MAX_MESSAGE_CHARS);
    LogSplitter split = format.splitter(groups::add, MAX_MESSAGE_CHARS);
    long lineCount = 0;
    try (LogLines lines = open(file)) {
      try {
        for (String line = lines.next(); line != null; line = lines.next()) {
          split.line(line, lines.lineNumber(), lines.wasCut());
        }
        lineCount = lines.lineNumber();
        split.end(lineCount);
      } catch (CharacterCodingException e) {
        throw new QueryScopeException(
            ErrorCode.MALFORMED_LOG,
            file
                + " line "
                + (lines.lineNumber() + 1)
                + " is not UTF-8 text: give the PostgreSQL server log file itself, uncompressed",
            e);
      } catch (IOException e) {
        throw unreadable(file, e);
      } catch (RuntimeException e) {
        if (e instanceof QueryScopeException) {
          throw e;
        }
        throw new QueryScopeException(
            ErrorCode.MALFORMED_LOG,
            file + " line " + lines.lineNumber() + " could not be read (" + e + ")",
            e);
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    groups.garbage(
        split.garbageLines(),
        split.firstGarbageLine(),
        "it is not a PostgreSQL " + format.name().toLowerCase() + " log line");
    if (groups.isEmpty()) {
      throw nothingRead(file, lineCount, groups.firstBad(), groups.firstProblem());
    }
    Workload workload = new Workload(groups.stats(), null, groups.notes(file));
    return new LogEvidence(workload, groups.plans(), groups.skipped());
  }

  /** The first non-blank line, to tell the format by; null when there is none or it is not text. */
  private static String firstLine(Path file) {
    try (LogLines lines = open(file)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (!line.isBlank()) {
          return line;
        }
      }
      return null;
    } catch (IOException e) {
      return null; // the pass over the whole file says what is wrong
    }
  }

  private static LogLines open(Path file) throws IOException {
    return new LogLines(file, MAX_LINE_CHARS);
  }

  private static QueryScopeException unreadable(Path file, IOException e) {
    return new QueryScopeException(
        ErrorCode.FILE_NOT_READABLE,
        "cannot read log file "
            + file
            + " ("
            + e.getMessage()
            + "); check the path and permissions",
        e);
  }

  private static QueryScopeException nothingRead(
      Path file, long lineCount, long firstBad, String firstProblem) {
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
}
