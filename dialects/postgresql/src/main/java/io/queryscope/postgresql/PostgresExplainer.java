package io.queryscope.postgresql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import io.queryscope.core.sql.SingleStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.core.BaseStatement;
import org.postgresql.core.QueryExecutor;

/**
 * Runs EXPLAIN safely. Placeholders are planned generically on PostgreSQL 16+ or filled with
 * captured sample values; ANALYZE executes only plain reads in the read-only session, and anything
 * else only when the caller allows writes, inside a transaction that is always rolled back.
 */
final class PostgresExplainer {

  private final PostgresJdbc jdbc;
  private final ServerVersion version;
  private final PostgresStatementSafety safety;
  private final PostgresFunctionGate functions;

  PostgresExplainer(PostgresJdbc jdbc, ServerVersion version) {
    this.jdbc = jdbc;
    this.version = version;
    this.safety = new PostgresStatementSafety(jdbc);
    this.functions = new PostgresFunctionGate(jdbc);
  }

  Plan explain(String sql, ExplainOptions options) {
    PostgresSqlText text = PostgresSqlText.of(sql);
    int statements = text.statementCount();
    if (statements == 0) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_SQL, "nothing to explain: the statement is empty");
    }
    if (statements > 1) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_SQL,
          "can explain one statement at a time, but the text holds "
              + statements
              + " statements separated by ';': explain them one by one");
    }
    List<String> warnings = new ArrayList<>();
    PostgresSqlText.Parameterized p = text.parameterized();
    String body = p.sql();
    boolean generic = false;
    if (p.parameterCount() > 0) {
      boolean haveBinds = !options.sampleBinds().isEmpty();
      if (version.atLeast(16) && !(options.analyze() && haveBinds)) {
        generic = true;
        if (options.analyze()) {
          warnings.add(
              "ANALYZE skipped: the statement has placeholders and no sample values, so only a"
                  + " generic plan (EXPLAIN (GENERIC_PLAN)) was made");
        }
      } else if (haveBinds) {
        body = withValues(p, options.sampleBinds());
      } else if (version.atLeast(12)) {
        if (options.analyze()) {
          warnings.add(
              "ANALYZE skipped: the statement has placeholders and no sample values, so only a"
                  + " generic plan (PREPARE under plan_cache_mode = force_generic_plan) was made");
        }
        return withWarnings(
            PostgresExplainParser.parse(
                preparedGenericPlan(body, p.parameterCount()), sql, PlanSource.GENERIC_PLAN),
            warnings);
      } else {
        throw new QueryScopeException(
            ErrorCode.ANALYSIS_FAILED,
            "could not obtain a plan for a statement with "
                + p.parameterCount()
                + " placeholder(s) on PostgreSQL "
                + version
                + ": generic plans need PostgreSQL 12 or later, and no sample bind values"
                + " were captured for it; capture it through the queryscope proxy (which records"
                + " binds) or explain the statement with concrete values");
      }
    }
    boolean analyze = false;
    boolean rolledBack = false;
    if (options.analyze() && !generic) {
      PostgresStatementSafety.Verdict verdict = safety.check(body);
      boolean wouldRun = verdict.plainRead() || options.allowWrites();
      PostgresStatementSafety.Verdict calls =
          wouldRun ? functions.check(body, run(verboseCommand(body))) : verdict;
      if (wouldRun && !calls.plainRead()) {
        // A rolled-back transaction does not undo what these do (a session killed, a lock held,
        // counters reset), so allowing writes does not let them run either.
        warnings.add("ANALYZE skipped because " + calls.reason());
      } else if (verdict.plainRead()) {
        analyze = true;
      } else if (options.allowWrites()) {
        analyze = true;
        rolledBack = true;
        warnings.add(
            "executed inside a transaction that was rolled back, because " + verdict.reason());
      } else {
        warnings.add(
            "ANALYZE skipped because "
                + verdict.reason()
                + "; it was planned without running it (--analyze runs only plain SELECTs)");
      }
    }
    String command =
        "EXPLAIN (" + explainOptions(analyze, options.buffers(), generic) + ") " + body;
    String json = rolledBack ? runRolledBack(command) : run(command);
    Plan parsed =
        PostgresExplainParser.parse(
            json, sql, generic ? PlanSource.GENERIC_PLAN : PlanSource.EXPLAIN);
    return withWarnings(parsed, warnings);
  }

  private static Plan withWarnings(Plan parsed, List<String> warnings) {
    return parsed.withWarningsFirst(warnings);
  }

  /**
   * The plan that shows every function the statement calls, views expanded; without ANALYZE it
   * executes nothing.
   */
  private static String verboseCommand(String body) {
    return "EXPLAIN (VERBOSE, FORMAT JSON) " + body;
  }

  private static String explainOptions(boolean analyze, boolean buffers, boolean generic) {
    List<String> parts = new ArrayList<>();
    if (analyze) {
      parts.add("ANALYZE");
      if (buffers) {
        parts.add("BUFFERS");
      }
    }
    if (generic) {
      parts.add("GENERIC_PLAN");
    }
    parts.add("FORMAT JSON");
    return String.join(", ", parts);
  }

  /**
   * Sends EXPLAIN over the simple query protocol: with the extended protocol the driver would have
   * to bind the {@code $n} that GENERIC_PLAN keeps unbound.
   */
  private String run(String command) {
    SingleStatement.require(command, "EXPLAIN");
    try (Statement st = jdbc.connection().createStatement()) {
      st.unwrap(BaseStatement.class)
          .executeWithFlags(PostgresJdbc.MARK + command, QueryExecutor.QUERY_EXECUTE_AS_SIMPLE);
      StringBuilder out = new StringBuilder();
      try (ResultSet rs = st.getResultSet()) {
        while (rs.next()) {
          out.append(rs.getString(1)).append('\n');
        }
      }
      return out.toString();
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not explain the statement", e);
    }
  }

  /**
   * The generic plan before PostgreSQL 16 (which has EXPLAIN (GENERIC_PLAN)): PREPARE the statement
   * with plan_cache_mode = force_generic_plan and EXPLAIN EXECUTE it with NULLs, which the generic
   * plan does not look at. Without ANALYZE nothing runs, so this works in a read-only session; the
   * prepared statement and the setting are removed again whatever happens.
   */
  private String preparedGenericPlan(String body, int parameters) {
    String name = "queryscope_generic_" + PREPARED.incrementAndGet();
    String previousMode = jdbc.single("select current_setting('plan_cache_mode')");
    try {
      jdbc.execute("SET plan_cache_mode = force_generic_plan");
      try {
        jdbc.execute("PREPARE " + name + " AS " + body);
      } catch (QueryScopeException e) {
        throw new QueryScopeException(
            ErrorCode.ANALYSIS_FAILED,
            "could not plan the statement generically on PostgreSQL "
                + version
                + " ("
                + e.getMessage()
                + "); explain it with concrete values, or capture it through the queryscope"
                + " proxy, which records binds",
            e);
      }
      try {
        return run(
            "EXPLAIN (FORMAT JSON) EXECUTE "
                + name
                + "("
                + String.join(", ", java.util.Collections.nCopies(parameters, "NULL"))
                + ")");
      } finally {
        jdbc.execute("DEALLOCATE " + name);
      }
    } finally {
      jdbc.execute("SET plan_cache_mode = " + literal(previousMode));
    }
  }

  private static final java.util.concurrent.atomic.AtomicLong PREPARED =
      new java.util.concurrent.atomic.AtomicLong();

  /** Runs the command in its own read-write transaction and rolls it back whatever happens. */
  private String runRolledBack(String command) {
    Connection c = jdbc.connection();
    try {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        jdbc.execute("SET TRANSACTION READ WRITE");
        return run(command);
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not run EXPLAIN ANALYZE in a rolled-back transaction", e);
    }
  }

  /** Puts sample values in place of {@code $n} as untyped literals the server casts itself. */
  private String withValues(PostgresSqlText.Parameterized p, List<String> binds) {
    if (binds.size() < p.parameterCount()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "the statement takes "
              + p.parameterCount()
              + " parameters but "
              + binds.size()
              + " sample values were given; give one value per placeholder");
    }
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (PostgresSqlText.Token t : PostgresSqlText.of(p.sql()).tokens()) {
      if (t.text().startsWith("$") && t.text().length() > 1) {
        String value = binds.get(Integer.parseInt(t.text().substring(1)) - 1);
        out.append(p.sql(), copied, t.start()).append(literal(value));
        copied = t.end();
      }
    }
    return out.append(p.sql().substring(copied)).toString();
  }

  static String literal(String value) {
    if (value == null) {
      return "NULL";
    }
    // standard_conforming_strings is on (the session sets it), so only quotes need doubling.
    return "'" + value.replace("'", "''") + "'";
  }
}
