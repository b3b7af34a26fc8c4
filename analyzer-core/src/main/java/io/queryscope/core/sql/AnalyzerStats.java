package io.queryscope.core.sql;

/**
 * Counters of {@link SqlAnalyzer} since the JVM started (or since the analyzer was created).
 *
 * @param analyzed calls to analyze
 * @param cacheHits calls answered from the per-fingerprint cache
 * @param parsed statements JSqlParser parsed
 * @param unparsable statements JSqlParser rejected, analysed by the lexer instead
 * @param timedOut statements whose parse hit the time limit
 * @param tooComplex statements not handed to the parser (too long or too deeply nested)
 */
public record AnalyzerStats(
    long analyzed, long cacheHits, long parsed, long unparsable, long timedOut, long tooComplex) {}
