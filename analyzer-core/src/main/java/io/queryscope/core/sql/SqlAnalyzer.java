package io.queryscope.core.sql;

/**
 * Full analysis of a statement with JSqlParser: tables, predicate columns and operators, joins,
 * sort keys, functions on columns, paging. Thread-safe, never throws; results are cached per
 * fingerprint (bounded), parsing is limited in time, and a statement JSqlParser cannot parse is
 * counted and analysed by the lexer as far as it goes (see {@link SqlAnalysis#parseStatus()}).
 */
public final class SqlAnalyzer {
  /** Parse time limit; a normal OLTP statement parses in well under a millisecond. */
  static final long TIMEOUT_MILLIS = 500;

  /** Distinct statement shapes remembered; real applications have hundreds to a few thousand. */
  static final int CACHE_SIZE = 10_000;

  private static final AnalysisEngine ENGINE = new AnalysisEngine(TIMEOUT_MILLIS, CACHE_SIZE);

  private SqlAnalyzer() {}

  /**
   * Analyses one statement.
   *
   * @param sql the statement; {@code null} or blank gives an {@link ParseStatus#EMPTY} analysis
   * @return the analysis; never {@code null}
   */
  public static SqlAnalysis analyze(String sql) {
    return ENGINE.analyze(sql);
  }

  /** Counters since the JVM started: calls, cache hits, and statements the parser could not do. */
  public static AnalyzerStats stats() {
    return ENGINE.stats();
  }
}
