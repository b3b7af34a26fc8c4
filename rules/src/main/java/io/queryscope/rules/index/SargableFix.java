package io.queryscope.rules.index;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.IndexKey;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.rules.ddl.Identifiers;
import io.queryscope.rules.ddl.IndexDdl;
import io.queryscope.rules.ddl.PrintedDdl;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fix for a predicate its index cannot serve, per server: an expression index for functions
 * whose result is what the application compares (lower, upper), a rewrite of the predicate for
 * functions that only bucket the column (date, cast, arithmetic), a trigram or full-text index for
 * leading-wildcard LIKE.
 */
public record SargableFix(String summary, String ddl, String rewrite, CandidateIndex index) {

  private static final Set<String> VALUE_FUNCTIONS = Set.of("lower", "upper", "trim", "btrim");

  /**
   * Whether {@code function} returns the value the application compares, so an index on {@code
   * function(column)} serves the predicate (as opposed to casts and arithmetic, which are
   * rewritten).
   */
  public static boolean indexable(String function) {
    return VALUE_FUNCTIONS.contains(function.toLowerCase(Locale.ROOT));
  }

  /** {@code lower(email)}: the expression as the index and the statistics name it. */
  public static String expression(String function, String column) {
    return function.toLowerCase(Locale.ROOT) + "(" + column + ")";
  }

  /** As a finding's recommendation. */
  public Recommendation recommendation(String before, String after) {
    return new Recommendation(before + summary + after, ddl, rewrite, index, null);
  }

  public static SargableFix function(
      DatabaseKind dialect, String table, String column, String function) {
    String fn = function.toLowerCase(Locale.ROOT);
    if (!indexable(fn)) {
      String rewrite =
          "Compare the column itself so its index serves the predicate: instead of "
              + fn
              + "("
              + column
              + ") = ?, write a range on "
              + column
              + " (for a date: "
              + column
              + " >= ? AND "
              + column
              + " < ? + 1 day); move casts and arithmetic to the parameter side.";
      return new SargableFix(rewrite, null, rewrite, null);
    }
    String expression = expression(fn, column);
    CandidateIndex index =
        CandidateIndex.ofKeys(null, table, List.of(IndexKey.function(fn, column)));
    String rewrite =
        "Or store the value the application compares: keep " + column + " normalised on write.";
    return switch (dialect) {
      case POSTGRESQL, MYSQL -> {
        String ddl = IndexDdl.create(dialect, index);
        yield new SargableFix(
            "Index the expression the statement compares, so "
                + expression
                + " = ? becomes an index lookup"
                + (dialect == DatabaseKind.MYSQL ? " (MySQL 8.0.13+ functional key part)" : "")
                + ": "
                + PrintedDdl.shown(ddl)
                + ". "
                + IndexDdl.buildAdvice(dialect),
            ddl,
            rewrite,
            ddl == null ? null : index);
      }
      case MARIADB -> {
        String virtual = column + "_" + fn;
        String ddl =
            PrintedDdl.render(
                () ->
                    "ALTER TABLE "
                        + Identifiers.quote(dialect, table)
                        + " ADD COLUMN "
                        + Identifiers.quote(dialect, virtual)
                        + " <type of "
                        + Identifiers.quote(dialect, column)
                        + "> AS ("
                        + fn
                        + "("
                        + Identifiers.quote(dialect, column)
                        + ")"
                        + ") VIRTUAL, ADD INDEX "
                        + Identifiers.quote(dialect, IndexDdl.nameFor(table, virtual))
                        + " ("
                        + Identifiers.quote(dialect, virtual)
                        + ")",
                "ALTER",
                "TABLE");
        yield new SargableFix(
            "MariaDB has no functional indexes: add a virtual column holding "
                + expression
                + ", index it, and compare that column in the query: "
                + PrintedDdl.shown(ddl)
                + ".",
            null,
            "Query WHERE " + virtual + " = ? after adding the indexed virtual column.",
            null);
      }
    };
  }

  static SargableFix leadingWildcard(DatabaseKind dialect, String table, String column) {
    if (dialect == DatabaseKind.POSTGRESQL) {
      // One statement, so it can be checked as one; the extension it needs is named in the text.
      String ddl =
          PrintedDdl.render(
              () ->
                  "CREATE INDEX "
                      + Identifiers.quote(dialect, IndexDdl.nameFor(table, column + "_trgm"))
                      + " ON "
                      + Identifiers.quote(dialect, table)
                      + " USING gin ("
                      + Identifiers.quote(dialect, column)
                      + " gin_trgm_ops)",
              "CREATE",
              "INDEX");
      return new SargableFix(
          "A B-tree cannot find '%…' patterns. A trigram index serves LIKE '%…%' and ILIKE"
              + " (after CREATE EXTENSION IF NOT EXISTS pg_trgm): "
              + PrintedDdl.shown(ddl)
              + ". Or, when users search from the start of the value, drop the leading wildcard.",
          ddl,
          null,
          null);
    }
    String ddl =
        PrintedDdl.render(
            () ->
                "ALTER TABLE "
                    + Identifiers.quote(dialect, table)
                    + " ADD FULLTEXT INDEX "
                    + Identifiers.quote(dialect, IndexDdl.nameFor(table, column + "_ft"))
                    + " ("
                    + Identifiers.quote(dialect, column)
                    + ")",
            "ALTER",
            "TABLE");
    return new SargableFix(
        "A B-tree cannot find '%…' patterns. For word search use a full-text index and MATCH ("
            + column
            + ") AGAINST (?): "
            + PrintedDdl.shown(ddl)
            + "; or, when users search from the start of the value, drop the leading wildcard.",
        ddl,
        "Use MATCH (" + column + ") AGAINST (? IN BOOLEAN MODE) instead of LIKE '%…%'.",
        null);
  }
}
