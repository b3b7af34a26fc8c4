package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.dialect.LogLines;
import io.queryscope.core.workload.Workload;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a MySQL or MariaDB slow query log: {@code # Time:} / {@code # User@Host:} / {@code #
 * Query_time: …} headers (MariaDB adds {@code # Thread_id}, {@code # QC_hit}, {@code # Full_scan}
 * lines), then {@code use db;}, {@code SET timestamp=…;} and the statement. Entries are grouped by
 * queryscope fingerprint. A file cut mid-entry gives what is complete and says where it was cut.
 */
final class MySqlSlowLogReader {

  private static final Pattern HEADER_FIELD = Pattern.compile("([A-Za-z_@]+):\\s+(\\S+)");
  private static final Pattern SET_TIMESTAMP =
      Pattern.compile("(?i)^SET timestamp=(\\d+)(?:\\.\\d+)?;\\s*$");
  private static final Pattern USE_DB = Pattern.compile("(?i)^use\\s+`?([^`;\\s]+)`?;\\s*$");

  /** How many lines at the top may be server banner before the first entry must start. */
  private static final int BANNER_LINES = 10;

  /**
   * The longest statement read, in chars; an entry with a longer one (a bulk INSERT) is counted and
   * skipped, so one entry cannot fill the heap. Fingerprinting it needs it whole, and a few copies.
   */
  static final int MAX_STATEMENT_CHARS = 16 << 20;

  private final Oversized oversized = new Oversized();

  LogEvidence read(Path file) {
    if (!Files.isReadable(file)) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "cannot read slow log " + file + ": the file does not exist or is not readable");
    }
    MySqlSlowLogEntry.Builder current = null;
    MySqlSlowLogDigest entries = new MySqlSlowLogDigest();
    long skipped = 0;
    long lineNo = 0;
    boolean seenHeader = false;
    try (LogLines in = new LogLines(file, MAX_STATEMENT_CHARS)) {
      String line;
      while ((line = in.next()) != null) {
        lineNo++;
        if (line.isBlank() || isBanner(line)) {
          continue;
        }
        if (line.startsWith("# Time:") || line.startsWith("# User@Host:")) {
          boolean newEntry =
              current == null
                  || line.startsWith("# Time:")
                  || current.hasUser()
                  || current.hasStatement();
          if (newEntry) {
            if (current != null) {
              skipped += finish(current, entries);
            }
            current = new MySqlSlowLogEntry.Builder(lineNo);
          }
          seenHeader = true;
          current.header(line);
          continue;
        }
        if (!seenHeader) {
          if (lineNo <= BANNER_LINES && line.startsWith("#")) {
            continue;
          }
          throw notASlowLog(file, lineNo, line);
        }
        if (line.startsWith("# administrator command:")) {
          current.administrative();
          continue;
        }
        if (line.startsWith("# ")) {
          if (current.hasStatement()) {
            // A comment line after the statement closes the entry (administrator commands).
            skipped += finish(current, entries);
            current = new MySqlSlowLogEntry.Builder(lineNo);
          }
          Matcher m = HEADER_FIELD.matcher(line);
          while (m.find()) {
            current.field(m.group(1), m.group(2));
          }
          continue;
        }
        Matcher ts = SET_TIMESTAMP.matcher(line);
        if (ts.matches() && !current.hasStatement()) {
          current.timestamp(Instant.ofEpochSecond(Long.parseLong(ts.group(1))));
          continue;
        }
        Matcher use = USE_DB.matcher(line);
        if (use.matches() && !current.hasStatement()) {
          current.schema(use.group(1));
          continue;
        }
        current.statementLine(line, in.wasCut());
      }
    } catch (CharacterCodingException e) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_LOG,
          file
              + " line "
              + (lineNo + 1)
              + " is not UTF-8 text: give the slow log file itself, uncompressed",
          e);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE, "cannot read slow log " + file + ": " + e.getMessage(), e);
    } catch (QueryScopeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_LOG, file + " line " + lineNo + " could not be read (" + e + ")", e);
    }
    List<String> notes = new ArrayList<>();
    if (current != null) {
      if (current.complete()) {
        entries.add(current.build());
      } else if (current.isAdministrative()) {
        skipped++;
      } else if (current.isOversized()) {
        oversized.count(current.startLine());
      } else {
        notes.add(
            "slow log "
                + file
                + " ends mid-entry (entry starting at line "
                + current.startLine()
                + " has no complete statement): the file was cut; the "
                + entries.entries()
                + " complete entries before it were read");
      }
    }
    if (!seenHeader) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_LOG,
          file
              + " line "
              + Math.max(1, lineNo)
              + ": no slow-log entry found (expected a '# Time:' or '# User@Host:' line); give"
              + " the file named by the server's slow_query_log_file");
    }
    if (skipped > 0) {
      notes.add(skipped + " slow-log entries without a statement (administrator commands) skipped");
    }
    oversized.note(notes, file);
    Workload workload = entries.workload(notes, file);
    return new LogEvidence(workload, List.of(), skipped);
  }

  /** Adds a complete entry; returns 1 when it had to be skipped. */
  private int finish(MySqlSlowLogEntry.Builder b, MySqlSlowLogDigest entries) {
    if (b.isOversized()) {
      oversized.count(b.startLine());
      return 0;
    }
    if (b.complete()) {
      entries.add(b.build());
      return 0;
    }
    return 1;
  }

  /** Entries whose statement was longer than the reader keeps: counted, never read. */
  private static final class Oversized {
    private long count;
    private long firstLine;

    void count(long line) {
      count++;
      firstLine = firstLine == 0 ? line : firstLine;
    }

    void note(List<String> notes, Path file) {
      if (count > 0) {
        notes.add(
            count
                + " slow-log entries of "
                + file
                + " have a statement longer than the "
                + (MAX_STATEMENT_CHARS >> 20)
                + " M chars queryscope reads of one statement and were skipped (first at line "
                + firstLine
                + ")");
      }
    }
  }

  private static boolean isBanner(String line) {
    String l = line.toLowerCase(Locale.ROOT);
    return l.contains(", version: ") && l.contains("started with")
        || l.startsWith("tcp port:")
        || l.startsWith("time ") && l.contains("id command")
        || l.startsWith("time\t");
  }

  private static QueryScopeException notASlowLog(Path file, long lineNo, String line) {
    String shown = line.length() > 60 ? line.substring(0, 60) + "…" : line;
    return new QueryScopeException(
        ErrorCode.MALFORMED_LOG,
        file
            + " line "
            + lineNo
            + ": not a MySQL/MariaDB slow query log (expected '# Time:' or '# User@Host:', found '"
            + shown
            + "'); give the file named by the server's slow_query_log_file");
  }
}
