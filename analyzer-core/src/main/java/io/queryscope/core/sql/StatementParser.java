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
      // As CCJSqlParserUtil does: simple parsing first (fast), complex only when that fails.
      Result first = null;
      for (int i = 0; i < 4; i++) {
        Result r = attempt.run(sql, i < 2 == mysqlFirst, i % 2 == 1);
        if (r.status() != ParseStatus.UNPARSABLE) {
          return r;
        }
        first = first == null ? r : first;
      }
      return first;
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

    Result run(String sql, boolean mysql, boolean complex) {
      if (timedOut) {
        return new Result(null, ParseStatus.TIMED_OUT, "time limit reached");
      }
      CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(complex);
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

  /**
   * The first line of JSqlParser's message without the offending token's text, which may be a
   * literal value: reports never show literals unless asked.
   */
  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    int token = line.indexOf(" / \"");
    if (token >= 0) {
      int after = line.indexOf("\", at line", token + 4);
      line = line.substring(0, token) + (after < 0 ? "" : line.substring(after + 1));
    }
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
