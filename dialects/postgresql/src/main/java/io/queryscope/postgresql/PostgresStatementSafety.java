package io.queryscope.postgresql;

import io.queryscope.core.sql.SqlAnalysis;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.StatementType;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether EXPLAIN ANALYZE may run a statement in the read-only session: only a plain read.
 * Conservative on purpose: a locking clause, a data-changing CTE, SELECT INTO or a call to a
 * volatile function (which may write: nextval, advisory locks, user functions) is not plain.
 */
final class PostgresStatementSafety {

  /** Whether a statement may be executed for EXPLAIN ANALYZE, and if not, why. */
  record Verdict(boolean plainRead, String reason) {}

  private static final Set<String> WRITING_WORDS =
      Set.of(
          "insert",
          "update",
          "delete",
          "merge",
          "truncate",
          "copy",
          "call",
          "do",
          "into",
          "create",
          "drop",
          "alter",
          "grant",
          "revoke",
          "vacuum",
          "analyze",
          "refresh",
          "lock",
          "notify",
          "listen",
          "set",
          "reset",
          "prepare",
          "execute");

  private static final Set<String> LOCKING_AFTER_FOR = Set.of("update", "share", "no", "key");

  /** Volatile only because their result changes, not because they write anything. */
  static final Set<String> HARMLESS_VOLATILE =
      Set.of(
          "random",
          "random_normal",
          "clock_timestamp",
          "timeofday",
          "gen_random_uuid",
          "uuidv4",
          "uuidv7",
          "statement_timestamp",
          "txid_current_if_assigned",
          // SQL syntax that looks like a call but is not in pg_proc.
          "coalesce",
          "greatest",
          "least",
          "nullif",
          "trim",
          "position",
          "extract",
          "overlay",
          "grouping",
          "treat",
          "numeric",
          "decimal",
          "varchar",
          "char",
          "character",
          "timestamp",
          "time",
          "interval",
          "bit",
          "float",
          "count");

  private final PostgresJdbc jdbc;

  PostgresStatementSafety(PostgresJdbc jdbc) {
    this.jdbc = jdbc;
  }

  Verdict check(String sql) {
    Verdict lexical = lexicalCheck(sql);
    if (!lexical.plainRead()) {
      return lexical;
    }
    // The shared analyzer has the last word on the statement type and on tables written (a
    // data-changing CTE); anything it cannot call a SELECT is not run.
    SqlAnalysis analysis = SqlAnalyzer.analyze(sql);
    if (analysis.statementType() != StatementType.SELECT) {
      return new Verdict(
          false, "the SQL analyzer reads it as " + analysis.statementType() + ", not a SELECT");
    }
    if (!analysis.tablesWritten().isEmpty()) {
      return new Verdict(
          false,
          "it writes to " + String.join(", ", analysis.tablesWritten()) + " (a data-changing CTE)");
    }
    return lexical;
  }

  private Verdict lexicalCheck(String sql) {
    PostgresSqlText text = PostgresSqlText.of(sql);
    List<String> words = text.words();
    if (words.isEmpty() || !(words.get(0).equals("select") || words.get(0).equals("with"))) {
      String kind = words.isEmpty() ? "empty" : words.get(0).toUpperCase(java.util.Locale.ROOT);
      return new Verdict(false, "it is a " + kind + ", not a SELECT");
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("for") && i + 1 < words.size() && LOCKING_AFTER_FOR.contains(words.get(i + 1))) {
        return new Verdict(
            false,
            "it locks rows (FOR " + words.get(i + 1).toUpperCase(java.util.Locale.ROOT) + ")");
      }
      if (WRITING_WORDS.contains(w)) {
        return new Verdict(
            false, "it contains " + w.toUpperCase(java.util.Locale.ROOT) + ", which may write");
      }
    }
    List<String> risky = volatileFunctions(text);
    if (!risky.isEmpty()) {
      return new Verdict(
          false,
          "it calls volatile function " + String.join("(), ", risky) + "(), which may write");
    }
    return new Verdict(true, null);
  }

  private List<String> volatileFunctions(PostgresSqlText text) {
    List<String> names = new ArrayList<>();
    for (String name : text.calledFunctions()) {
      String bare = name.startsWith("\"") ? name.replace("\"", "") : name;
      if (!HARMLESS_VOLATILE.contains(bare)) {
        names.add(bare);
      }
    }
    if (names.isEmpty()) {
      return List.of();
    }
    try {
      Array array = jdbc.connection().createArrayOf("text", names.toArray());
      // Unknown names count as volatile: a function we cannot see may do anything.
      return jdbc.query(
          "select n from unnest(?::text[]) n where not exists (select 1 from pg_catalog.pg_proc p"
              + " where p.proname = n) or exists (select 1 from pg_catalog.pg_proc p where"
              + " p.proname = n and p.provolatile = 'v') order by n",
          rs -> rs.getString(1),
          array);
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not look up the functions the statement calls", e);
    }
  }
}
