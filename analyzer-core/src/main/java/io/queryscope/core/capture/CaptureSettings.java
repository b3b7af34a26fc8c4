package io.queryscope.core.capture;

import io.queryscope.core.StatementListener;
import io.queryscope.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The options of one capture, as {@code QueryScope.builder()} collected them. Internal: build one
 * through the builder.
 *
 * @param callSites resolve the application frame of each statement
 * @param exactCallSites walk the stack for every statement instead of caching per SQL text
 * @param frameFilters class-name prefixes that are never the call site (JDBC, pools, ORMs)
 * @param callerFrames application frames kept above the call site
 * @param ringSize raw statement events kept; older ones are dropped and counted
 * @param maxFingerprints distinct fingerprints aggregated; more go to an "other" bucket
 * @param maxSqlTexts distinct SQL strings whose fingerprint is cached
 * @param leakThreshold a connection held longer than this is reported with the stack that took it
 * @param keepBinds remember bind values
 * @param connectionStacks record the stack that took each connection, for leak reports
 * @param poolSampleInterval how often a recognised pool's figures are sampled
 */
public record CaptureSettings(
    boolean callSites,
    boolean exactCallSites,
    List<String> frameFilters,
    int callerFrames,
    int ringSize,
    int maxFingerprints,
    int maxSqlTexts,
    Duration leakThreshold,
    boolean keepBinds,
    boolean connectionStacks,
    Duration poolSampleInterval,
    Ticker ticker,
    Clock clock,
    List<StatementListener> listeners) {

  /** Code that is never "the application": JDBC, drivers, pools, ORMs and queryscope itself. */
  public static final List<String> DEFAULT_FRAME_FILTERS =
      List.of(
          "java.",
          "javax.",
          "jakarta.",
          "jdk.",
          "sun.",
          "com.sun.",
          "io.queryscope.core.capture.",
          "io.queryscope.core.jooq.",
          "org.postgresql.",
          "com.mysql.",
          "org.mariadb.",
          "oracle.jdbc.",
          "com.microsoft.sqlserver.",
          "org.h2.",
          "org.hsqldb.",
          "org.apache.derby.",
          "com.zaxxer.hikari.",
          "org.apache.commons.dbcp",
          "org.apache.tomcat.jdbc.",
          "com.mchange.",
          "org.hibernate.",
          "org.jooq.",
          "org.springframework.",
          "org.mybatis.",
          "org.apache.ibatis.",
          "org.jdbi.",
          "net.ttddyy.",
          "com.p6spy.");

  public CaptureSettings {
    frameFilters = List.copyOf(frameFilters);
    listeners = List.copyOf(listeners);
    if (ringSize < 1) {
      throw new IllegalArgumentException("ringSize must be at least 1, was " + ringSize);
    }
    if (maxFingerprints < 1) {
      throw new IllegalArgumentException(
          "maxFingerprints must be at least 1, was " + maxFingerprints);
    }
    if (callerFrames < 0) {
      throw new IllegalArgumentException("callerFrames must not be negative, was " + callerFrames);
    }
  }
}
