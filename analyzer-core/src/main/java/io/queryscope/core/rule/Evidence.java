package io.queryscope.core.rule;

/** Kinds of evidence a rule can need; a rule whose evidence is absent stays quiet and says so. */
public enum Evidence {
  /** Statements captured by the proxy, with units of work and call sites. */
  CAPTURED_STATEMENTS,
  /** Connections captured by the proxy. */
  CAPTURED_CONNECTIONS,
  POOL,
  /** Statement statistics (from any source). */
  WORKLOAD,
  PLANS,
  /** Plans that ran ({@code EXPLAIN ANALYZE}). */
  ANALYZED_PLANS,
  CATALOG,
  SERVER_STATE;

  /**
   * How the report names the missing evidence: "plans (run with --url so statements can be
   * explained)".
   */
  public String describe() {
    return switch (this) {
      case CAPTURED_STATEMENTS -> "captured statements (wrap the DataSource or pass --events)";
      case CAPTURED_CONNECTIONS -> "captured connections (wrap the DataSource or pass --events)";
      case POOL -> "connection-pool figures (wrap a HikariCP pool)";
      case WORKLOAD ->
          "statement statistics (pg_stat_statements, performance_schema, a log or events)";
      case PLANS -> "plans (give --url so statements can be explained, or --log)";
      case ANALYZED_PLANS -> "executed plans (--analyze, or auto_explain with log_analyze)";
      case CATALOG -> "the catalog (give --url)";
      case SERVER_STATE -> "server settings and activity (give --url)";
    };
  }
}
