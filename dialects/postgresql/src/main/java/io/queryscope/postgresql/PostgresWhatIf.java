package io.queryscope.postgresql;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.dialect.WhatIfResult;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Plans a statement without and with a candidate index. With HypoPG the index is hypothetical
 * (nothing is built, and it is dropped afterwards). Without HypoPG, and only when the caller asked
 * for it, the index is really created inside a transaction that is always rolled back, under
 * statement and lock timeouts; CREATE INDEX blocks writes to the table while it runs.
 */
final class PostgresWhatIf {

  private final PostgresJdbc jdbc;
  private final PostgresExplainer explainer;
  private final SessionOptions options;

  PostgresWhatIf(PostgresJdbc jdbc, PostgresExplainer explainer, SessionOptions options) {
    this.jdbc = jdbc;
    this.explainer = explainer;
    this.options = options;
  }

  WhatIfResult run(String sql, CandidateIndex index, WhatIfMode mode) {
    Plan before = explainer.explain(sql, ExplainOptions.ESTIMATE);
    if (mode == null || mode == WhatIfMode.OFF) {
      return new WhatIfResult(before, null, false, "estimate", "what-if indexes are off");
    }
    if (hypopgInstalled()) {
      return hypothetical(sql, index, before);
    }
    if (mode == WhatIfMode.TRANSACTIONAL && options.allowTransactionalWhatIf()) {
      return transactional(sql, index, before);
    }
    String note =
        mode == WhatIfMode.TRANSACTIONAL
            ? "the candidate index was not tried: transactional what-if (CREATE INDEX in a"
                + " rolled-back transaction) was not allowed for this session; allow it, or run"
                + " CREATE EXTENSION hypopg; to try indexes hypothetically"
            : "the candidate index was not tried: the HypoPG extension is not installed in this"
                + " database; install the hypopg package for your PostgreSQL version and run"
                + " CREATE EXTENSION hypopg;, or allow transactional what-if";
    return new WhatIfResult(before, null, false, "estimate", note);
  }

  private boolean hypopgInstalled() {
    return jdbc.single("select 1 from pg_catalog.pg_extension where extname = 'hypopg'") != null;
  }

  private WhatIfResult hypothetical(String sql, CandidateIndex index, Plan before) {
    String ddl = PostgresIndexDdl.render(index, index.suggestedName());
    // HypoPG parses every statement in the text it is given: hand it one CREATE INDEX only.
    SingleStatement.require(ddl, "CREATE INDEX", "CREATE UNIQUE INDEX");
    List<String> created =
        jdbc.query(
            "select indexrelid::text, indexname from hypopg_create_index(?)",
            rs -> rs.getString(1) + "\t" + rs.getString(2),
            ddl);
    if (created.isEmpty()) {
      return new WhatIfResult(
          before, null, false, "hypopg", "HypoPG did not create the index for: " + ddl);
    }
    String[] parts = created.get(0).split("\t", 2);
    try {
      Plan after = explainer.explain(sql, ExplainOptions.ESTIMATE);
      return new WhatIfResult(before, after, uses(after, parts[1]), "hypopg", ddl);
    } finally {
      jdbc.query("select hypopg_drop_index(?::oid)", rs -> rs.getBoolean(1), parts[0]);
    }
  }

  private WhatIfResult transactional(String sql, CandidateIndex index, Plan before) {
    // A name no real index has, so the rolled-back index never collides or confuses.
    String prefix = "qs_whatif_" + Long.toHexString(System.nanoTime()) + "_";
    String name = prefix + index.suggestedName(PostgresIdentifiers.MAX_LENGTH - prefix.length());
    String ddl = PostgresIndexDdl.render(index, name);
    Connection c = jdbc.connection();
    try {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        jdbc.execute("SET TRANSACTION READ WRITE");
        jdbc.execute("SET LOCAL lock_timeout = '" + options.lockTimeout().toMillis() + "ms'");
        jdbc.execute(
            "SET LOCAL statement_timeout = '" + options.statementTimeout().toMillis() + "ms'");
        jdbc.createIndex(ddl);
        Plan after = explainer.explain(sql, ExplainOptions.ESTIMATE);
        return new WhatIfResult(
            before,
            after,
            uses(after, name),
            "transactional",
            ddl + " (created inside a transaction that was rolled back)");
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not try the index in a rolled-back transaction", e);
    }
  }

  private static boolean uses(Plan plan, String indexName) {
    return plan.nodes().anyMatch(n -> indexName.equals(n.index()));
  }
}
