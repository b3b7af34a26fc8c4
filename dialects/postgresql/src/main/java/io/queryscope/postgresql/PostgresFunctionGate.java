package io.queryscope.postgresql;

import io.queryscope.core.sql.FunctionList;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.SqlCalls;
import io.queryscope.core.sql.TableRef;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from a statement's VERBOSE plan whether EXPLAIN ANALYZE may execute it: every function
 * the plan calls (views and rules expanded), and every function behind an operator it uses, must be
 * in pg_proc, immutable or stable (or volatile only in its result, such as {@code random}), and not
 * on the deny list ({@code analyze-denied-functions.txt}). An overloaded name is judged by its most
 * dangerous overload; a name not found counts as unsafe. The refusal names the function and, when
 * the statement reads it through a view, the view.
 */
final class PostgresFunctionGate {

  static final FunctionList DENIED =
      FunctionList.load(PostgresFunctionGate.class, "analyze-denied-functions.txt");

  /** SQL syntax the plan prints like a call but which is no pg_proc entry. */
  private static final Set<String> SYNTAX =
      Set.of(
          "coalesce",
          "greatest",
          "least",
          "nullif",
          "trim",
          "current_timestamp",
          "current_time",
          "localtime",
          "localtimestamp",
          "xmlelement",
          "xmlforest",
          "xmlconcat",
          "xmlpi",
          "xmlroot",
          "xmlparse",
          "xmlserialize",
          "xmlexists",
          "xmlattributes",
          "json_object",
          "json_array",
          "json_objectagg",
          "json_arrayagg",
          "json_scalar",
          "json_serialize",
          "json_query",
          "json_value",
          "json_exists",
          "json",
          "grouping",
          "treat",
          // PL/pgSQL statements that a function body puts before a parenthesis.
          "if",
          "elsif",
          "while",
          "perform",
          "query",
          "raise",
          "loop",
          "foreach",
          "exit",
          "continue",
          "assert");

  private final PostgresJdbc jdbc;

  PostgresFunctionGate(PostgresJdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The verdict for {@code statement}, whose VERBOSE plan is {@code verbosePlanJson}. */
  PostgresStatementSafety.Verdict check(String statement, String verbosePlanJson) {
    PostgresPlanCalls.Calls calls = PostgresPlanCalls.of(verbosePlanJson);
    List<String> refusals = new ArrayList<>();
    Set<String> refusedNames = new LinkedHashSet<>();
    judge(calls.functions(), null, null, 0, new LinkedHashSet<>(), refusals, refusedNames);
    for (String[] op : riskyOperators(calls.operators())) {
      refusals.add(
          "operator "
              + op[0]
              + " (function "
              + op[1]
              + "()) "
              + (DENIED.contains(op[2]) ? "is on the deny list" : "is volatile and may write"));
    }
    refusals.addAll(triggers(calls.written()));
    if (refusals.isEmpty()) {
      return new PostgresStatementSafety.Verdict(true, null);
    }
    String views = viewsCalling(statement, refusedNames);
    return new PostgresStatementSafety.Verdict(
        false, "it calls " + String.join("; ", refusals) + views);
  }

  /** How deep queryscope follows SQL and PL/pgSQL functions calling functions. */
  static final int MAX_BODY_DEPTH = 4;

  /**
   * Judges {@code calls}; for a stable or immutable SQL or PL/pgSQL function outside pg_catalog,
   * also what its body calls, since PostgreSQL lets a STABLE function PERFORM a volatile one.
   *
   * @param caller the function whose body holds these calls, or null for the plan itself
   * @param top the function the plan calls that led here, or null for the plan itself
   */
  private void judge(
      Set<SqlCalls.Call> calls,
      String caller,
      String top,
      int depth,
      Set<String> seen,
      List<String> refusals,
      Set<String> refusedNames) {
    for (Resolved r : resolve(calls)) {
      String name = r.call().qualified();
      String root = top == null ? name : top;
      String why = danger(r);
      if (why != null) {
        refusals.add(
            name + "()" + (caller == null ? "" : " (called by " + caller + "())") + " " + why);
        refusedNames.add(root);
        continue;
      }
      if (r.bodies().isEmpty() || !seen.add(name)) {
        continue;
      }
      if (depth >= MAX_BODY_DEPTH) {
        refusals.add(name + "() — calls functions more than " + MAX_BODY_DEPTH + " levels deep");
        refusedNames.add(root);
        continue;
      }
      for (String body : r.bodies()) {
        SqlCalls inner = SqlCalls.of(body, SqlCalls.Flavor.POSTGRES);
        if (inner.symbols().contains("execute")) {
          refusals.add(name + "() — runs dynamic SQL (EXECUTE), which queryscope cannot check");
          refusedNames.add(root);
        } else {
          judge(
              new LinkedHashSet<>(inner.calls()),
              name,
              root,
              depth + 1,
              seen,
              refusals,
              refusedNames);
        }
      }
    }
  }

  /** One name the plan calls and what pg_proc has under it. */
  private record Resolved(
      SqlCalls.Call call, List<Long> oids, List<String> volatility, List<String> bodies) {}

  private static String danger(Resolved r) {
    String name = r.call().name();
    if (DENIED.contains(name)) {
      return "— on queryscope's deny list (it acts on the server, EXPLAIN ANALYZE would run it)";
    }
    if (r.oids().isEmpty()) {
      if (!r.call().quoted() && r.call().schema() == null && SYNTAX.contains(name)) {
        return null;
      }
      return "— not found in pg_proc, so queryscope cannot tell what it does";
    }
    boolean volatileOverload = r.volatility().contains("v");
    if (volatileOverload && !PostgresStatementSafety.HARMLESS_VOLATILE.contains(name)) {
      return "— VOLATILE, so it may write or act on the server";
    }
    return null;
  }

  private List<Resolved> resolve(Set<SqlCalls.Call> calls) {
    List<SqlCalls.Call> list = new ArrayList<>(calls);
    if (list.isEmpty()) {
      return List.of();
    }
    String[] schemas = list.stream().map(SqlCalls.Call::schema).toArray(String[]::new);
    String[] names = list.stream().map(SqlCalls.Call::name).toArray(String[]::new);
    Map<Integer, List<Long>> oids = new LinkedHashMap<>();
    Map<Integer, List<String>> vol = new LinkedHashMap<>();
    Map<Integer, List<String>> bodies = new LinkedHashMap<>();
    try {
      Array s = jdbc.connection().createArrayOf("text", schemas);
      Array n = jdbc.connection().createArrayOf("text", names);
      // Qualified: that schema only; unqualified: every schema on the search path.
      jdbc.query(
          "select r.i, p.oid, p.provolatile, case when p.pronamespace <>"
              + " 'pg_catalog'::regnamespace and l.lanname in ('sql', 'plpgsql') then"
              + " coalesce(nullif(p.prosrc, ''), pg_catalog.pg_get_functiondef(p.oid)) end from"
              + " unnest(?::text[], ?::text[]) with ordinality as r(sch, fn, i) join"
              + " pg_catalog.pg_proc p on p.proname = r.fn and p.pronamespace in (select ns.oid"
              + " from pg_catalog.pg_namespace ns where case when r.sch is null then ns.nspname"
              + " = any (pg_catalog.current_schemas(true)) else ns.nspname = r.sch end) join"
              + " pg_catalog.pg_language l on l.oid = p.prolang",
          rs -> {
            int i = rs.getInt(1) - 1;
            oids.computeIfAbsent(i, k -> new ArrayList<>()).add(rs.getLong(2));
            vol.computeIfAbsent(i, k -> new ArrayList<>()).add(rs.getString(3));
            List<String> b = bodies.computeIfAbsent(i, k -> new ArrayList<>());
            if (rs.getString(4) != null) {
              b.add(rs.getString(4));
            }
            return null;
          },
          s,
          n);
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not look up the functions the statement calls", e);
    }
    List<Resolved> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(
          new Resolved(
              list.get(i),
              oids.getOrDefault(i, List.of()),
              vol.getOrDefault(i, List.of()),
              bodies.getOrDefault(i, List.of())));
    }
    return out;
  }

  /**
   * User triggers on the tables a write changes: they would fire inside the rolled-back
   * transaction, and what they do outside it (a notification, dblink, a killed session) stays.
   */
  private List<String> triggers(Set<List<String>> written) {
    List<String> found = new ArrayList<>();
    for (List<String> table : written) {
      found.addAll(
          jdbc.query(
              "select 'table ' || pg_catalog.format('%I.%I', n.nspname, c.relname) || ' has"
                  + " trigger ' || t.tgname || ' (function ' || t.tgfoid::regproc::text || '()),"
                  + " which would fire' from pg_catalog.pg_trigger t join pg_catalog.pg_class c"
                  + " on c.oid = t.tgrelid join pg_catalog.pg_namespace n on n.oid ="
                  + " c.relnamespace where not t.tgisinternal and t.tgenabled <> 'D' and"
                  + " c.relname = ? and (n.nspname = ? or (? = '' and n.nspname = any"
                  + " (pg_catalog.current_schemas(true)))) order by t.tgname",
              rs -> rs.getString(1), table.get(1), table.get(0), table.get(0)));
    }
    return found;
  }

  /** Operators whose function is volatile or denied: {operator, function, bare function name}. */
  private List<String[]> riskyOperators(Set<String> operators) {
    if (operators.isEmpty()) {
      return List.of();
    }
    try {
      Array ops = jdbc.connection().createArrayOf("text", operators.toArray());
      List<String[]> found =
          jdbc.query(
              "select distinct o.oprname, o.oprcode::regproc::text, p.proname, p.provolatile"
                  + " from pg_catalog.pg_operator o join pg_catalog.pg_proc p on p.oid ="
                  + " o.oprcode where o.oprname = any (?::text[]) order by 1, 2",
              rs ->
                  new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
              ops);
      List<String[]> risky = new ArrayList<>();
      for (String[] f : found) {
        boolean harmless = PostgresStatementSafety.HARMLESS_VOLATILE.contains(f[2]);
        if (DENIED.contains(f[2]) || (f[3].equals("v") && !harmless)) {
          risky.add(f);
        }
      }
      return risky;
    } catch (SQLException e) {
      throw PostgresJdbc.failure("could not look up the operators the statement uses", e);
    }
  }

  /**
   * The views, reached from the relations the statement names (through views over views), whose
   * definition calls a refused function: {@code " (in view public.v_term)"}, or empty. Read from
   * the definitions, because pg_depend records no dependency on a built-in function.
   */
  private String viewsCalling(String statement, Set<String> refusedNames) {
    if (refusedNames.isEmpty()) {
      return "";
    }
    List<TableRef> tables = SqlAnalyzer.analyze(statement).tables();
    if (tables.isEmpty()) {
      return "";
    }
    try {
      Array s =
          jdbc.connection()
              .createArrayOf(
                  "text",
                  tables.stream().map(t -> t.schema().isEmpty() ? null : t.schema()).toArray());
      Array n =
          jdbc.connection().createArrayOf("text", tables.stream().map(TableRef::name).toArray());
      List<String[]> views =
          jdbc.query(
              "with recursive reach(oid, depth) as (select c.oid, 0 from pg_catalog.pg_class c"
                  + " join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace join"
                  + " unnest(?::text[], ?::text[]) as t(sch, rel) on lower(c.relname) ="
                  + " lower(t.rel) and case when t.sch is null then ns.nspname = any"
                  + " (pg_catalog.current_schemas(true)) else lower(ns.nspname) = lower(t.sch)"
                  + " end union select d.refobjid, r.depth + 1 from reach r join"
                  + " pg_catalog.pg_rewrite w on w.ev_class = r.oid join pg_catalog.pg_depend d"
                  + " on d.classid = 'pg_catalog.pg_rewrite'::regclass and d.objid = w.oid and"
                  + " d.refclassid = 'pg_catalog.pg_class'::regclass and d.refobjid <> r.oid"
                  + " where r.depth < 16) select distinct pg_catalog.format('%I.%I', vn.nspname,"
                  + " c.relname), pg_catalog.pg_get_viewdef(c.oid) from reach r join"
                  + " pg_catalog.pg_class c on c.oid = r.oid and c.relkind in ('v', 'm') join"
                  + " pg_catalog.pg_namespace vn on vn.oid = c.relnamespace order by 1",
              rs -> new String[] {rs.getString(1), rs.getString(2)}, s, n);
      Set<String> calling = new LinkedHashSet<>();
      for (String[] v : views) {
        for (SqlCalls.Call call : SqlCalls.of(v[1], SqlCalls.Flavor.POSTGRES).calls()) {
          if (refusedNames.contains(call.qualified()) || refusedNames.contains(call.name())) {
            calling.add(v[0]);
          }
        }
      }
      return calling.isEmpty()
          ? ""
          : " (in view " + String.join(", ", calling) + ", which the statement reads)";
    } catch (SQLException | RuntimeException e) {
      // Only the note's detail: the refusal stands without it.
      return "";
    }
  }
}
