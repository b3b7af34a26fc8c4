package io.queryscope.core.dialect;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;

/**
 * A read-only conversation with one server. Reads never fail for a missing extension or privilege:
 * they return what they can and put the fix in the result's notes.
 */
public interface DialectSession extends AutoCloseable {

  Target target();

  /**
   * Explains one statement.
   *
   * @throws io.queryscope.core.QueryScopeException when no plan can be had, saying why
   */
  Plan explain(String sql, ExplainOptions options);

  /** Statement statistics the server keeps, keyed by queryscope fingerprints. */
  Workload readWorkload();

  Catalog readCatalog();

  ServerState readServerState();

  /** The plan of {@code sql} without and with {@code index}, without building it for real. */
  WhatIfResult whatIf(String sql, CandidateIndex index, WhatIfMode mode);

  /** Closes what the session opened; the caller's connection is left to the caller. */
  @Override
  void close();
}
