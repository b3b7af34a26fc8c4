package io.queryscope.core.sql;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser with a time limit, on the caller's thread. {@code CCJSqlParserUtil.parse(String)}
 * starts a thread pool per call; instead one shared daemon watchdog sets the parser's {@code
 * interrupted} flag when the limit passes, which makes JSqlParser give up.
 */
final class StatementParser {

  record Result(Statement statement, ParseStatus status, String error) {}

  private static final class Watchdog {
    static final ScheduledExecutorService INSTANCE = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              r -> {
                Thread t = new Thread(r, "queryscope-sql-parse-watchdog");
                t.setDaemon(true);
                return t;
              });
      executor.setRemoveOnCancelPolicy(true);
      return executor;
    }
  }

  private StatementParser() {}

  /**
   * Parses one statement. MySQL-looking text (backticks, backslash escapes) is tried with MySQL
   * lexing first ({@code "…"} strings, {@code \'} escapes, {@code #} comments), then the other way.
   */
  static Result parse(String sql, long timeoutMillis) {
    boolean mysqlFirst = sql.indexOf('`') >= 0 || sql.contains("\\'") || doubleQuotedValue(sql);
    Attempt attempt = new Attempt();
    ScheduledFuture<?> watchdog =
        Watchdog.INSTANCE.schedule(attempt::interrupt, timeoutMillis, TimeUnit.MILLISECONDS);
    try {
      Result first = attempt.run(sql, mysqlFirst);
      if (first.status() != ParseStatus.UNPARSABLE) {
        return first;
      }
      Result second = attempt.run(sql, !mysqlFirst);
      return second.status() == ParseStatus.UNPARSABLE ? first : second;
    } finally {
      watchdog.cancel(false);
    }
  }

  /** A {@code "} right after a comparison or LIKE reads as a MySQL string. */
  static boolean doubleQuotedValue(String sql) {
    for (int q = sql.indexOf('"'); q > 0; q = sql.indexOf('"', q + 1)) {
      int i = q - 1;
      while (i > 0 && Character.isWhitespace(sql.charAt(i))) {
        i--;
      }
      char c = sql.charAt(i);
      if (c == '=' || c == '<' || c == '>' || sql.regionMatches(true, i - 3, "like", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** One parse at a time; the watchdog interrupts whichever parser is current. */
  private static final class Attempt {
    private volatile CCJSqlParser current;
    private volatile boolean timedOut;

    void interrupt() {
      timedOut = true;
      CCJSqlParser p = current;
      if (p != null) {
        p.interrupted = true;
      }
    }

    Result run(String sql, boolean mysql) {
      if (timedOut) {
        return new Result(null, ParseStatus.TIMED_OUT, "time limit reached");
      }
      CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true);
      if (mysql) {
        parser
            .withBackslashEscapeCharacter(true)
            .withHashLineComments(true)
            .withDoubleQuotedStrings(true);
      }
      current = parser;
      if (timedOut) {
        parser.interrupted = true;
      }
      try {
        Statement st = parser.Statement();
        if (timedOut || parser.interrupted) {
          return new Result(null, ParseStatus.TIMED_OUT, "time limit reached");
        }
        return new Result(st, ParseStatus.PARSED, "");
      } catch (StackOverflowError e) {
        return new Result(null, ParseStatus.TOO_COMPLEX, "nested too deeply for the parser");
      } catch (Exception | Error e) {
        if (timedOut || parser.interrupted) {
          return new Result(null, ParseStatus.TIMED_OUT, "time limit reached");
        }
        if (e instanceof VirtualMachineError vm) {
          throw vm;
        }
        return new Result(null, ParseStatus.UNPARSABLE, firstLine(e));
      }
    }
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
