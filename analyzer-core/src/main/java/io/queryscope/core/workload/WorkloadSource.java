package io.queryscope.core.workload;

/** Where a group of statement statistics came from. */
public enum WorkloadSource {
  /** Captured in the application by the JDBC proxy or the jOOQ listener. */
  PROXY,
  PG_STAT_STATEMENTS,
  PERFORMANCE_SCHEMA,
  SLOW_LOG,
  AUTO_EXPLAIN_LOG
}
