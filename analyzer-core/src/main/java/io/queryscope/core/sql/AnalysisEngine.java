package io.queryscope.core.sql;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The analyzer behind {@link SqlAnalyzer}: per-fingerprint cache, size and nesting guards, parse
 * with a time limit, lexer fallback, counters. Tests make their own with other limits.
 */
final class AnalysisEngine {
  /** Longer statements (huge multi-row inserts, pasted dumps) are not worth a full parse. */
  static final int MAX_PARSE_LENGTH = 256 * 1024;

  /** JSqlParser recurses per nesting level; stay far from the thread's stack limit. */
  static final int MAX_PARSE_DEPTH = 200;

  /** The structure is per fingerprint, but a LIKE pattern's leading wildcard is per value. */
  private record Key(long fingerprintId, long likeBits) {}

  private final long timeoutMillis;
  private final AnalysisCache<Key, SqlAnalysis> cache;
  private final LongAdder analyzed = new LongAdder();
  private final LongAdder cacheHits = new LongAdder();
  private final LongAdder parsed = new LongAdder();
  private final LongAdder unparsable = new LongAdder();
  private final LongAdder timedOut = new LongAdder();
  private final LongAdder tooComplex = new LongAdder();

  AnalysisEngine(long timeoutMillis, int cacheSize) {
    this.timeoutMillis = timeoutMillis;
    this.cache = new AnalysisCache<>(cacheSize);
  }

  SqlAnalysis analyze(String sql) {
    analyzed.increment();
    String text = sql == null ? "" : sql;
    try {
      Fingerprint fp = Fingerprinter.fingerprint(text);
      ValueScan values = ValueScan.of(text);
      Key key = new Key(fp.id(), values.likeBits());
      SqlAnalysis cached = cache.get(key);
      if (cached != null) {
        cacheHits.increment();
        return cached.paging().equals(values.paging())
            ? cached
            : cached.withPaging(values.paging());
      }
      SqlAnalysis analysis = compute(text, fp, values);
      // A timeout says more about the machine's load at that moment than about the statement:
      // caching it would lose the statement's columns for the life of the JVM.
      if (analysis.parseStatus() != ParseStatus.TIMED_OUT) {
        cache.put(key, analysis);
      }
      return analysis;
    } catch (RuntimeException | StackOverflowError e) {
      // Never reaches the caller: a broken analysis is an unparsable statement.
      unparsable.increment();
      return new SqlAnalysis(
          0,
          StatementType.OTHER,
          ParseStatus.UNPARSABLE,
          "internal error: " + e.getClass().getSimpleName(),
          List.of(),
          List.of(),
          List.of(),
          false,
          Paging.NONE,
          0,
          List.of());
    }
  }

  private SqlAnalysis compute(String sql, Fingerprint fp, ValueScan values) {
    if (fp.normalized().isEmpty()) {
      return build(fp, values, new AstWalker(), ParseStatus.EMPTY, "empty statement");
    }
    if (sql.length() > MAX_PARSE_LENGTH || values.maxDepth() > MAX_PARSE_DEPTH) {
      tooComplex.increment();
      return fallback(sql, fp, values, ParseStatus.TOO_COMPLEX, tooComplexReason(sql, values));
    }
    StatementParser.Result result = StatementParser.parse(sql, timeoutMillis);
    switch (result.status()) {
      case PARSED -> {
        AstWalker walker = new AstWalker();
        try {
          walker.statement(result.statement());
        } catch (StackOverflowError e) {
          tooComplex.increment();
          return fallback(sql, fp, values, ParseStatus.TOO_COMPLEX, "nested too deeply");
        } catch (RuntimeException e) {
          // A parse tree shape the walker does not expect: the lexer still knows something.
          unparsable.increment();
          return fallback(
              sql,
              fp,
              values,
              ParseStatus.UNPARSABLE,
              "analysis failed: " + e.getClass().getName());
        }
        parsed.increment();
        return build(fp, values, walker, ParseStatus.PARSED, "");
      }
      case TIMED_OUT -> timedOut.increment();
      case TOO_COMPLEX -> tooComplex.increment();
      default -> unparsable.increment();
    }
    return fallback(sql, fp, values, result.status(), result.error());
  }

  private static String tooComplexReason(String sql, ValueScan values) {
    return sql.length() > MAX_PARSE_LENGTH
        ? sql.length() + " characters, more than " + MAX_PARSE_LENGTH
        : "brackets nested " + values.maxDepth() + " deep, more than " + MAX_PARSE_DEPTH;
  }

  private static SqlAnalysis fallback(
      String sql, Fingerprint fp, ValueScan values, ParseStatus status, String error) {
    AstWalker collected = new AstWalker();
    LexerFallback.analyze(sql, collected);
    return build(fp, values, collected, status, error);
  }

  private static SqlAnalysis build(
      Fingerprint fp, ValueScan values, AstWalker w, ParseStatus status, String error) {
    return new SqlAnalysis(
        fp.id(),
        w.type,
        status,
        error,
        w.tables,
        w.usages,
        w.orderBy,
        w.selectStar,
        values.paging(),
        w.subqueries,
        List.copyOf(w.ctes));
  }

  AnalyzerStats stats() {
    return new AnalyzerStats(
        analyzed.sum(),
        cacheHits.sum(),
        parsed.sum(),
        unparsable.sum(),
        timedOut.sum(),
        tooComplex.sum());
  }
}
