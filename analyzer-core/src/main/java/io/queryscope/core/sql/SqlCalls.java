package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The function calls in a SQL text or expression, read by the core lexer: {@code name(} or {@code
 * schema.name(}, names unquoted and unescaped, so a call hidden in {@code "pg_sleep"(} or {@code
 * `audit_fn` (} or a comment between name and parenthesis is still seen. Keywords that take a
 * parenthesis ({@code IN (…)}, {@code EXISTS (…)}) and PostgreSQL type modifiers after {@code ::}
 * ({@code ::numeric(10,2)}) are not calls. Also gives the unquoted words and operators in order,
 * for checks that look for syntax rather than calls ({@code :=}, {@code INTO}). Never throws.
 */
public final class SqlCalls {

  /** Which server's lexical rules apply. */
  public enum Flavor {
    /** {@code "x"} is a name, block comments nest, backslashes escape only in {@code E''}. */
    POSTGRES,
    /** {@code "x"} is a string, backslashes escape, {@code #} starts a comment. */
    MYSQL
  }

  /**
   * One call.
   *
   * @param schema the qualifier as written (unquoted), or null
   * @param name the function name: lower-cased when unquoted, exact when quoted
   * @param quoted whether the name was quoted
   */
  public record Call(String schema, String name, boolean quoted) {
    /** {@code schema.name} or {@code name}, for messages. */
    public String qualified() {
      return schema == null ? name : schema + "." + name;
    }
  }

  /**
   * SQL words that can stand before a parenthesis without calling a function. Only an unquoted,
   * unqualified word can be a keyword.
   */
  private static final Set<String> KEYWORDS =
      Set.of(
          "in",
          "exists",
          "any",
          "all",
          "some",
          "values",
          "as",
          "from",
          "join",
          "on",
          "using",
          "and",
          "or",
          "not",
          "select",
          "where",
          "over",
          "filter",
          "within",
          "into",
          "table",
          "lateral",
          "cast",
          "row",
          "array",
          "by",
          "set",
          "returning",
          "with",
          "recursive",
          "materialized",
          "when",
          "then",
          "else",
          "case",
          "is",
          "distinct",
          "partition",
          "union",
          "intersect",
          "except",
          "limit",
          "offset",
          "group",
          "order",
          "having",
          "window",
          "only",
          "like",
          "ilike",
          "between",
          "similar",
          "escape",
          "rows",
          "range",
          "groups",
          "cube",
          "rollup",
          "sets",
          "asc",
          "desc",
          "end",
          "key",
          "ordinality",
          "xor",
          "div",
          "mod",
          "regexp",
          "rlike",
          "against",
          "straight_join",
          "natural",
          "cross",
          "inner",
          "outer",
          "left",
          "right",
          "full",
          "for",
          "of",
          "at",
          "to",
          "do",
          "return",
          "returns",
          "primary",
          "unique",
          "references",
          "check",
          "default",
          "index");

  /** Words that may continue a PostgreSQL type name after {@code ::} ({@code double precision}). */
  private static final Set<String> TYPE_WORDS =
      Set.of(
          "varying",
          "precision",
          "with",
          "without",
          "time",
          "zone",
          "year",
          "month",
          "day",
          "hour",
          "minute",
          "second",
          "to");

  private final List<Call> calls = new ArrayList<>();
  private final List<String> symbols = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  private SqlCalls() {}

  /** Reads {@code sql} (null reads as empty). */
  public static SqlCalls of(String sql, Flavor flavor) {
    SqlCalls out = new SqlCalls();
    if (sql != null) {
      out.scan(sql, flavor);
    }
    return out;
  }

  /** Every call, in order of appearance, repeats included. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Unquoted words (lower-cased) and operators outside literals and comments, in order. */
  public List<String> symbols() {
    return List.copyOf(symbols);
  }

  /** Every word or quoted name, unquoted, case kept: what could name a table or a view. */
  public List<String> names() {
    return List.copyOf(names);
  }

  private void scan(String sql, Flavor flavor) {
    boolean pg = flavor == Flavor.POSTGRES;
    SqlLexer lexer = new SqlLexer(sql, !pg, pg, new Problems());
    // The previous two tokens: a name and the dot before it make a qualifier.
    String prevName = null;
    boolean prevQuoted = false;
    String qualifier = null;
    boolean afterDot = false;
    // After '::' the words up to the type modifier's parenthesis are a type, not a call.
    boolean inType = false;
    boolean typeStarted = false;
    // INSERT INTO t (a, b): 1 after INTO, 2 after the table's name, whose parenthesis is columns.
    int intoState = 0;
    // Every token (words lower-cased, "" for a quoted name) and the calls seen, decided at the end.
    List<String> tokens = new ArrayList<>();
    List<int[]> candidates = new ArrayList<>();
    List<Call> found = new ArrayList<>();
    String beforeName = null;
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      String text = sql.substring(lexer.start, lexer.end);
      String previousToken = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
      tokens.add(
          switch (k) {
            case WORD -> text.toLowerCase(Locale.ROOT);
            case OPEN_PAREN, CLOSE_PAREN, COMMA, DOT -> text;
            default -> "";
          });
      // A MySQL "…" is a string, but under ANSI_QUOTES a name: "f"( reads as a call either way.
      boolean name = k == Kind.WORD || k == Kind.QUOTED_IDENT || k == Kind.DQUOTED;
      if (k == Kind.WORD || k == Kind.OPERATOR) {
        symbols.add(k == Kind.WORD ? text.toLowerCase(Locale.ROOT) : text);
      }
      if (name) {
        boolean quoted = k != Kind.WORD;
        names.add(quoted ? unquote(text) : text);
        String bare = quoted ? unquote(text) : text.toLowerCase(Locale.ROOT);
        if (inType && (!typeStarted || afterDot || (!quoted && TYPE_WORDS.contains(bare)))) {
          typeStarted = true;
          prevName = null;
          afterDot = false;
          continue;
        }
        inType = false;
        if (!quoted && bare.equals("into")) {
          intoState = 1;
        } else if (intoState == 1 || (intoState == 2 && afterDot)) {
          intoState = 2;
        } else {
          intoState = 0;
        }
        qualifier = afterDot ? prevName : null;
        if (!afterDot) {
          beforeName = previousToken;
        }
        prevName = bare;
        prevQuoted = quoted;
        afterDot = false;
        continue;
      }
      if (k == Kind.DOT) {
        afterDot = prevName != null || inType;
        continue;
      }
      if (k == Kind.OPEN_PAREN && inType) {
        // The type modifier: what is inside is read as usual.
        inType = false;
      } else if (k == Kind.OPEN_PAREN && prevName != null) {
        boolean keyword =
            intoState == 2 || (!prevQuoted && qualifier == null && KEYWORDS.contains(prevName));
        // AS t(a, b) and AS char(10) are a column list and a type, not calls.
        if (!keyword && !"as".equals(beforeName)) {
          found.add(new Call(qualifier, prevName, prevQuoted));
          // Only a name that starts a CTE (after WITH, RECURSIVE or a comma) may have columns.
          boolean cteStart =
              "with".equals(beforeName) || "recursive".equals(beforeName) || ",".equals(beforeName);
          candidates.add(new int[] {cteStart ? tokens.size() - 1 : -1});
        }
      }
      inType = pg && k == Kind.OPERATOR && text.equals("::");
      typeStarted = false;
      intoState = 0;
      prevName = null;
      qualifier = null;
      afterDot = false;
    }
    for (int c = 0; c < found.size(); c++) {
      int open = candidates.get(c)[0];
      if (open < 0 || !isCteColumnList(tokens, open)) {
        calls.add(found.get(c));
      }
    }
  }

  /**
   * WITH r(n) AS (…): the parenthesis at {@code open} closes before {@code AS (}, or {@code AS
   * [NOT] MATERIALIZED (}.
   */
  private static boolean isCteColumnList(List<String> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      String t = tokens.get(i);
      if (t.equals("(")) {
        depth++;
      } else if (t.equals(")") && --depth == 0) {
        int j = i + 1;
        if (j >= tokens.size() || !tokens.get(j).equals("as")) {
          return false;
        }
        j++;
        while (j < tokens.size()
            && (tokens.get(j).equals("not") || tokens.get(j).equals("materialized"))) {
          j++;
        }
        return j < tokens.size() && tokens.get(j).equals("(");
      }
    }
    return false;
  }

  /** {@code "a""b"} → {@code a"b}; {@code `a``b`} → {@code a`b}; {@code U&"x"} → {@code x}. */
  private static String unquote(String text) {
    String t = text;
    if (t.length() > 2 && (t.charAt(0) == 'U' || t.charAt(0) == 'u') && t.charAt(1) == '&') {
      t = t.substring(2);
    }
    if (t.length() < 2) {
      return t;
    }
    char q = t.charAt(0);
    String inner = t.substring(1, t.charAt(t.length() - 1) == q ? t.length() - 1 : t.length());
    return inner.replace(String.valueOf(q) + q, String.valueOf(q));
  }
}
