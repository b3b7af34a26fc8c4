package io.queryscope.rules.ddl;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.sql.SingleStatement;
import java.util.function.Supplier;

/**
 * The last check on DDL before anyone sees it: exactly one statement of the intended kind, by the
 * core lexer. A statement that fails, or whose names the dialect will not write, is not printed;
 * the finding says why instead.
 */
public final class PrintedDdl {

  /** Said in place of DDL that could not be rendered safely. */
  public static final String REFUSED =
      "queryscope wrote no DDL for this: a name in it contains a character sequence queryscope"
          + " will not put in DDL";

  private PrintedDdl() {}

  /**
   * The rendered statement, or null when a name cannot be quoted or the text is not exactly one
   * statement starting with {@code leading}, the words in that order ({@code "DROP", "INDEX"}).
   */
  public static String render(Supplier<String> ddl, String... leading) {
    String sql;
    try {
      sql = ddl.get();
    } catch (QueryScopeException e) {
      return null;
    }
    // One phrase: SingleStatement reads several arguments as alternatives, and "DROP" alone would
    // let a DROP TABLE through.
    return SingleStatement.isSingle(sql, String.join(" ", leading)) ? sql : null;
  }

  /** For prose that quotes the DDL: the statement, or why there is none. */
  public static String shown(String ddl) {
    return ddl == null ? "(" + REFUSED + ")" : ddl;
  }

  /** True for one CREATE/DROP/ALTER statement, whichever the text starts with. */
  public static boolean safe(String ddl) {
    return SingleStatement.isSingle(
        ddl, "CREATE INDEX", "CREATE UNIQUE INDEX", "DROP INDEX", "ALTER TABLE");
  }

  /**
   * A recommendation with its DDL; when the DDL could not be rendered (null), without it or the
   * index, and the summary says why.
   */
  public static Recommendation recommendation(
      String summary, String ddl, String codeChange, CandidateIndex index) {
    return ddl == null
        ? new Recommendation(summary + " " + REFUSED + ".", null, codeChange, null, null)
        : new Recommendation(summary, ddl, codeChange, index, null);
  }

  /** A finding whose DDL is not one index statement loses it, and says so. */
  public static Finding guard(Finding f) {
    Recommendation r = f.recommendation();
    if (r == null || r.ddl() == null || safe(r.ddl())) {
      return f;
    }
    return f.withRecommendation(
        new Recommendation(
            r.summary() + " " + REFUSED + ".", null, r.codeChange(), null, r.verified()));
  }
}
