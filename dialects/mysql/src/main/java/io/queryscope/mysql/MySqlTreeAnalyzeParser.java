package io.queryscope.mysql;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.plan.SortInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses MySQL 8's tree output ({@code EXPLAIN ANALYZE} since 8.0.18, {@code EXPLAIN FORMAT=TREE})
 * into the neutral plan. Each line is {@code -> What: detail (cost=… rows=…) (actual time=a..b
 * rows=r loops=l)}, nested by indentation. {@code Filter} lines fold into the node they filter, as
 * PostgreSQL prints a Filter on its scan.
 */
final class MySqlTreeAnalyzeParser {

  private static final Pattern LINE = Pattern.compile("^(\\s*)-> (.*)$");
  private static final Pattern ESTIMATE =
      Pattern.compile("\\(cost=([0-9.e+\\-]+)(?:\\.\\.([0-9.e+\\-]+))? rows=([0-9.e+\\-]+)\\)");
  private static final Pattern ACTUAL =
      Pattern.compile(
          "\\(actual time=([0-9.e+\\-]+)\\.\\.([0-9.e+\\-]+) rows=([0-9.e+\\-]+) loops=(\\d+)\\)");
  private static final Pattern NEVER = Pattern.compile("\\(never executed\\)");
  private static final Pattern ON_TABLE =
      Pattern.compile("\\bon (\\S+?)(?: using (\\S+))?(?: \\((.*)\\))?(?: over \\((.*)\\))?$");

  private final DatabaseKind dialect;
  private final List<String> warnings = new ArrayList<>();
  private boolean analyzed;

  MySqlTreeAnalyzeParser(DatabaseKind dialect) {
    this.dialect = dialect;
  }

  static boolean looksLikeTree(String text) {
    return text != null && text.stripLeading().startsWith("-> ");
  }

  Plan parse(String text, String sql, Plan.PlanSource source) {
    if (!looksLikeTree(text)) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "not a MySQL tree plan: the first line does not start with '-> '; give the output of"
              + " EXPLAIN ANALYZE or EXPLAIN FORMAT=TREE");
    }
    MySqlAliases aliases = MySqlAliases.of(sql);
    Deque<Frame> stack = new ArrayDeque<>();
    Frame root = null;
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        if (stack.isEmpty()) {
          throw new QueryScopeException(
              ErrorCode.MALFORMED_PLAN, "tree plan line " + (i + 1) + " is not a '-> ' node");
        }
        // A long condition wrapped onto the next line: it belongs to the node above.
        stack.peek().text += " " + line.strip();
        continue;
      }
      Frame frame = new Frame(m.group(1).length(), m.group(2));
      while (!stack.isEmpty() && stack.peek().indent >= frame.indent) {
        stack.pop();
      }
      if (stack.isEmpty()) {
        if (root != null) {
          warnings.add("more than one top node; line " + (i + 1) + " and below ignored");
          break;
        }
        root = frame;
      } else {
        stack.peek().children.add(frame);
      }
      stack.push(frame);
    }
    PlanNode top = build(root, aliases);
    double execution =
        analyzed && top.actuals() != null ? top.actuals().inclusiveTimeMs() : Double.NaN;
    Plan.PlanSource effective =
        analyzed && source == Plan.PlanSource.EXPLAIN ? Plan.PlanSource.EXPLAIN_ANALYZE : source;
    return new Plan(dialect, sql, effective, top, analyzed, Double.NaN, execution, warnings, text);
  }

  private static final class Frame {
    final int indent;
    String text;
    final List<Frame> children = new ArrayList<>();

    Frame(int indent, String text) {
      this.indent = indent;
      this.text = text;
    }
  }

  private PlanNode build(Frame frame, MySqlAliases aliases) {
    String line = frame.text;
    Estimates estimates = Estimates.UNKNOWN;
    Actuals actuals = null;
    Matcher e = ESTIMATE.matcher(line);
    int cut = line.length();
    if (e.find()) {
      double low = Double.parseDouble(e.group(1));
      double high = e.group(2) == null ? low : Double.parseDouble(e.group(2));
      estimates =
          new Estimates(
              e.group(2) == null ? Double.NaN : low,
              high,
              Double.parseDouble(e.group(3)),
              Double.NaN,
              -1);
      cut = Math.min(cut, e.start());
    }
    Matcher a = ACTUAL.matcher(line);
    if (a.find()) {
      analyzed = true;
      actuals =
          new Actuals(
              Double.parseDouble(a.group(3)),
              Double.parseDouble(a.group(1)),
              Double.parseDouble(a.group(2)),
              Long.parseLong(a.group(4)));
      cut = Math.min(cut, a.start());
    } else {
      Matcher never = NEVER.matcher(line);
      if (never.find()) {
        analyzed = true;
        actuals = new Actuals(0, Double.NaN, Double.NaN, 0);
        cut = Math.min(cut, never.start());
      }
    }
    String what = line.substring(0, cut).strip();
    List<PlanNode> children = new ArrayList<>();
    for (Frame child : frame.children) {
      children.add(build(child, aliases));
    }
    if (what.startsWith("Filter: ") && children.size() == 1) {
      return foldFilter(
          what.substring("Filter: ".length()), estimates, actuals, children.get(0), line);
    }
    PlanNode.Builder b = describe(what, aliases);
    return b.estimates(estimates).actuals(actuals).children(children).rawJson(line).build();
  }

  /** The filtered node keeps its own reads as rows examined and takes the filter's output. */
  private static PlanNode foldFilter(
      String condition, Estimates est, Actuals act, PlanNode child, String line) {
    PlanNode.Builder b = child.toBuilder();
    String filter = child.filter() == null ? condition : child.filter() + " and " + condition;
    b.filter(filter);
    double examined = child.estimates().rows();
    b.estimates(
        new Estimates(child.estimates().startupCost(), est.totalCost(), est.rows(), examined, -1));
    if (act != null) {
      b.actuals(act);
      if (child.actuals() != null) {
        double removed = child.actuals().totalRows() - act.totalRows();
        b.rowsRemovedByFilter(Math.max(0, Math.round(removed)));
      }
    }
    b.detail("filter_line", line.strip());
    return b.build();
  }

  private PlanNode.Builder describe(String what, MySqlAliases aliases) {
    Operation op = operation(what);
    PlanNode.Builder b = PlanNode.builder(op).nodeType(nodeType(what));
    if (op.isScan() || what.startsWith("Constant row from")) {
      Matcher t = ON_TABLE.matcher(what);
      if (t.find()) {
        String name = t.group(1);
        MySqlAliases.TableRef ref = aliases.resolve(name);
        if (ref != null) {
          b.relation(ref.table()).schema(ref.schema());
          if (!ref.table().equalsIgnoreCase(name)) {
            b.alias(name);
          }
        } else {
          b.relation(name);
        }
        b.index(t.group(2));
        String cond = t.group(3) != null ? t.group(3) : t.group(4);
        b.indexCondition(cond);
      }
    }
    switch (op) {
      case SORT -> {
        String keys = what.contains(": ") ? what.substring(what.indexOf(": ") + 2) : "";
        int limit = keys.indexOf(", limit input to");
        if (limit >= 0) {
          b.detail("limit", keys.substring(limit + 2));
          keys = keys.substring(0, limit);
        }
        b.sort(
            new SortInfo(
                keys.isEmpty() ? List.of() : Arrays.asList(keys.split(",\\s*")),
                "filesort",
                -1,
                false));
      }
      case HASH_JOIN, NESTED_LOOP -> {
        b.joinType(joinType(what));
        int open = what.indexOf('(');
        if (op == Operation.HASH_JOIN && open > 0 && what.endsWith(")")) {
          b.joinCondition(what.substring(open + 1, what.length() - 1));
        }
      }
      case LIMIT,
          AGGREGATE,
          TEMPORARY_TABLE,
          UNIQUE,
          WINDOW,
          MATERIALIZE,
          SUBQUERY_SCAN,
          SET_OPERATION,
          RESULT -> {
        int colon = what.indexOf(": ");
        if (colon > 0) {
          b.detail("detail", what.substring(colon + 2));
        }
      }
      default -> {}
    }
    if (op == Operation.OTHER) {
      warnings.add("unknown tree node '" + what + "' kept as OTHER");
    }
    return b;
  }

  private static String nodeType(String what) {
    int colon = what.indexOf(": ");
    int on = what.indexOf(" on ");
    int paren = what.indexOf(" (");
    int end = what.length();
    for (int i : new int[] {colon, on, paren}) {
      if (i > 0 && i < end) {
        end = i;
      }
    }
    return what.substring(0, end);
  }

  private static String joinType(String what) {
    String w = what.toLowerCase(java.util.Locale.ROOT);
    if (w.contains("left")) {
      return "Left";
    }
    if (w.contains("antijoin")) {
      return "Anti";
    }
    if (w.contains("semijoin")) {
      return "Semi";
    }
    if (w.contains("outer")) {
      return "Full";
    }
    return "Inner";
  }

  static Operation operation(String what) {
    if (what.startsWith("Table scan on")) {
      return Operation.FULL_SCAN;
    }
    if (what.startsWith("Index scan on") || what.startsWith("Covering index scan on")) {
      return Operation.FULL_INDEX_SCAN;
    }
    if (what.startsWith("Covering index lookup")
        || what.startsWith("Single-row covering index lookup")
        || what.startsWith("Covering index range scan")
        || what.startsWith("Covering index skip scan")) {
      return Operation.INDEX_ONLY_SCAN;
    }
    if (what.startsWith("Index lookup")
        || what.startsWith("Single-row index lookup")
        || what.startsWith("Index range scan")
        || what.startsWith("Index skip scan")
        || what.startsWith("Full-text index search")
        || what.startsWith("Multi-range index lookup")
        || what.startsWith("Index lookup on")
        || what.startsWith("Constant row from")
        || what.startsWith("Sort-deduplicate by row ID")
        || what.startsWith("Intersect rows sorted by row ID")
        || what.startsWith("Deduplicate rows sorted by row ID")) {
      return Operation.INDEX_SCAN;
    }
    if (what.startsWith("Nested loop")) {
      return Operation.NESTED_LOOP;
    }
    if (what.contains("hash join")
        || what.startsWith("Hash antijoin")
        || what.startsWith("Hash semijoin")) {
      return Operation.HASH_JOIN;
    }
    if (what.equals("Hash")) {
      return Operation.HASH;
    }
    if (what.startsWith("Sort")) {
      return Operation.SORT;
    }
    if (what.startsWith("Limit")) {
      return Operation.LIMIT;
    }
    if (what.startsWith("Aggregate using temporary table") || what.startsWith("Temporary table")) {
      return Operation.TEMPORARY_TABLE;
    }
    if (what.startsWith("Aggregate")
        || what.startsWith("Group aggregate")
        || what.startsWith("Group (no aggregates)")) {
      return Operation.AGGREGATE;
    }
    if (what.startsWith("Materialize")
        || what.startsWith("Union materialize")
        || what.startsWith("Union all materialize")) {
      return what.startsWith("Union") ? Operation.SET_OPERATION : Operation.MATERIALIZE;
    }
    if (what.startsWith("Remove duplicates")) {
      return Operation.UNIQUE;
    }
    if (what.startsWith("Window")) {
      return Operation.WINDOW;
    }
    if (what.startsWith("Select #")) {
      return Operation.SUBQUERY_SCAN;
    }
    if (what.startsWith("Stream results")
        || what.startsWith("Zero rows")
        || what.startsWith("Rows fetched before execution")
        || what.startsWith("Zero input rows")) {
      return Operation.RESULT;
    }
    return Operation.OTHER;
  }
}
