package io.queryscope.cli.connect;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.workload.Workload;

/** A dialect session whose every call is watched for a server that stopped answering. */
final class WatchedSession implements DialectSession {

  private final DialectSession delegate;
  private final AnswerWatch watch;

  WatchedSession(DialectSession delegate, AnswerWatch watch) {
    this.delegate = delegate;
    this.watch = watch;
  }

  @Override
  public Target target() {
    return delegate.target();
  }

  @Override
  public Plan explain(String sql, ExplainOptions options) {
    return watch.watch("explaining a statement", () -> delegate.explain(sql, options));
  }

  @Override
  public Workload readWorkload() {
    return watch.watch("reading statement statistics", delegate::readWorkload);
  }

  @Override
  public Catalog readCatalog() {
    return watch.watch("reading the catalog", delegate::readCatalog);
  }

  @Override
  public ServerState readServerState() {
    return watch.watch("reading server settings and activity", delegate::readServerState);
  }

  @Override
  public WhatIfResult whatIf(String sql, CandidateIndex index, WhatIfMode mode) {
    return watch.watch("trying a candidate index", () -> delegate.whatIf(sql, index, mode));
  }

  /** Restores the connection's settings, unless the server stopped answering: then it is gone. */
  @Override
  public void close() {
    if (watch.stopped() != null) {
      return;
    }
    watch.watch(
        "restoring the session's settings",
        () -> {
          delegate.close();
          return null;
        });
  }
}
