package io.queryscope.mysql;

import io.queryscope.core.sql.FunctionList;
import io.queryscope.core.sql.SqlCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Decides whether MariaDB {@code ANALYZE} / MySQL {@code EXPLAIN ANALYZE} may execute a statement:
 * every function it calls, and every function in the views it reads (their definitions read from
 * information_schema.VIEWS, views over views followed to a depth limit), must be a built-in on the
 * allow-list ({@code analyze-allowed-functions.txt}). Stored functions, UDFs and everything else
 * are refused, and so are {@code @var :=} assignments, {@code INTO}, and sequence reads. The server
 * offers no plan that lists functions without running the statement, so the text is all there is.
 */
final class MySqlFunctionGate {

  static final FunctionList ALLOWED =
      FunctionList.load(MySqlFunctionGate.class, "analyze-allowed-functions.txt");

  /** What the named refusals would do: the note says it in words. */
  private static final Properties REFUSED = refused();

  /** Views over views deeper than this are refused rather than followed. */
  static final int MAX_VIEW_DEPTH = 8;

  private final MySqlQuery query;

  MySqlFunctionGate(MySqlQuery query) {
    this.query = query;
  }

  /** Why the statement must not run, or null when every function in it is an allowed built-in. */
  String refusal(String sql) {
    List<String> reasons = new ArrayList<>();
    // INSERT … INTO is the write the caller allowed (rolled back); in a SELECT, INTO writes out.
    boolean select = MySqlStatementText.kind(sql) != MySqlStatementText.Kind.DML;
    check(sql, select, null, 0, new LinkedHashSet<>(), reasons);
    return reasons.isEmpty() ? null : "it " + String.join("; it ", reasons);
  }

  private void check(
      String sql, boolean select, String view, int depth, Set<String> seen, List<String> reasons) {
    String where = view == null ? "" : " (in view " + view + ")";
    SqlCalls text = SqlCalls.of(sql, SqlCalls.Flavor.MYSQL);
    List<String> symbols = text.symbols();
    for (int i = 0; i < symbols.size(); i++) {
      String s = symbols.get(i);
      String next = i + 1 < symbols.size() ? symbols.get(i + 1) : "";
      if (s.equals(":=")) {
        add(reasons, "assigns a user variable (@var := …)" + where);
      } else if (s.equals("into") && select) {
        add(
            reasons,
            "writes its result somewhere (INTO " + next.toUpperCase(Locale.ROOT) + ")" + where);
      } else if ((s.equals("next") || s.equals("previous")) && next.equals("value")) {
        add(reasons, "reads a sequence (" + s.toUpperCase(Locale.ROOT) + " VALUE FOR)" + where);
      } else if (s.equals("nextval") || s.equals("lastval") || s.equals("setval")) {
        add(reasons, "uses a sequence (" + s.toUpperCase(Locale.ROOT) + ")" + where);
      }
    }
    for (SqlCalls.Call call : text.calls()) {
      String why = danger(call);
      if (why != null) {
        add(reasons, "calls " + call.qualified() + "()" + where + ", " + why);
      }
    }
    views(text.names(), depth, seen, reasons);
  }

  private static void add(List<String> reasons, String reason) {
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
  }

  private static String danger(SqlCalls.Call call) {
    String name = call.name().toLowerCase(Locale.ROOT);
    if (call.schema() != null) {
      return "a stored function, which may do anything";
    }
    String named = REFUSED.getProperty(name);
    if (named != null) {
      return "which " + named;
    }
    if (call.quoted() || !ALLOWED.contains(name)) {
      return "which is not a built-in known to be free of side effects (a stored function or"
          + " UDF may do anything)";
    }
    return null;
  }

  /** Checks the definition of every view whose name the text mentions. */
  private void views(List<String> names, int depth, Set<String> seen, List<String> reasons) {
    Set<String> lower = new LinkedHashSet<>();
    for (String n : names) {
      lower.add(n.toLowerCase(Locale.ROOT));
    }
    if (lower.isEmpty()) {
      return;
    }
    List<String[]> views;
    try {
      views =
          query.list(
              "select table_schema, table_name, view_definition from information_schema.views"
                  + " where lower(table_name) in ("
                  + String.join(", ", Collections.nCopies(lower.size(), "?"))
                  + ") order by 1, 2",
              rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
              lower.toArray());
    } catch (SQLException e) {
      add(
          reasons,
          "reads tables whose view definitions could not be read (" + e.getMessage() + ")");
      return;
    }
    for (String[] v : views) {
      String name = v[0] + "." + v[1];
      if (!seen.add(name)) {
        continue;
      }
      if (depth >= MAX_VIEW_DEPTH) {
        add(reasons, "reads view " + name + " through more than " + MAX_VIEW_DEPTH + " views");
      } else if (v[2] == null || v[2].isBlank()) {
        add(reasons, "reads view " + name + ", whose definition this user may not see (SHOW VIEW)");
      } else {
        check(v[2], true, name, depth + 1, seen, reasons);
      }
    }
  }

  private static Properties refused() {
    Properties p = new Properties();
    try (InputStream in =
        MySqlFunctionGate.class.getResourceAsStream("analyze-refused-functions.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing analyze-refused-functions.properties");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
