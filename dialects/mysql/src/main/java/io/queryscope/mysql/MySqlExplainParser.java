package io.queryscope.mysql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.PlanLimits;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.plan.SortInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses {@code EXPLAIN FORMAT=JSON} of MySQL 8 and MariaDB, and MariaDB's {@code ANALYZE
 * FORMAT=JSON}, into the neutral plan. MySQL prints a join as a flat {@code nested_loop} list; it
 * becomes a left-deep tree of NESTED_LOOP nodes so rules can ask "is the inner side a full scan".
 * One instance parses one plan.
 */
final class MySqlExplainParser {

  private static final ObjectMapper JSON = new ObjectMapper(PlanLimits.jsonFactory());

  /** Keys under which MySQL and MariaDB nest further plan objects (see {@link #own}). */
  private static final Set<String> NESTED =
      Set.of(
          "query_block",
          "nested_loop",
          "table",
          "ordering_operation",
          "grouping_operation",
          "duplicates_removal",
          "windowing",
          "window_functions_computation",
          "materialization",
          "block-nl-join",
          "buffer_result",
          "read_sorted_file",
          "filesort",
          "temporary_table",
          "union_result",
          "query_specifications",
          "materialized_from_subquery",
          "materialized",
          "subqueries",
          "attached_subqueries",
          "optimized_away_subqueries",
          "select_list_subqueries",
          "order_by_subqueries",
          "group_by_subqueries",
          "having_subqueries",
          "update_value_subqueries");

  private static final Set<String> BLOCK_SCALARS =
      Set.of(
          "unique",
          "lateral",
          "state",
          "r_strategy",
          "buffer_type",
          "buffer_size",
          "join_type",
          "select_id",
          "r_loops",
          "r_total_time_ms",
          "operation",
          "cost",
          "dependent",
          "cacheable",
          "using_temporary_table",
          "using_filesort",
          "r_hit_ratio",
          "expression_cache",
          "r_filtered",
          "r_rows");

  private final DatabaseKind dialect;
  private final List<String> warnings = new ArrayList<>();
  private MySqlAliases aliases = MySqlAliases.of(null);
  private boolean analyzed;

  MySqlExplainParser(DatabaseKind dialect) {
    this.dialect = dialect;
  }

  /** True when the text is a MySQL/MariaDB JSON plan (cheap check, for plan files). */
  static boolean looksLikePlan(String text) {
    if (text == null) {
      return false;
    }
    String t = text.stripLeading();
    return t.startsWith("{") && t.contains("\"query_block\"");
  }

  /**
   * MySQL prints {@code cost_info} and {@code rows_examined_per_scan}; MariaDB prints neither (its
   * {@code rows}, {@code r_rows} instead), which tells a saved plan's server.
   */
  static boolean looksLikeMySql(String text) {
    return text.contains("\"cost_info\"") || text.contains("\"rows_examined_per_scan\"");
  }

  Plan parse(String text, String sql, Plan.PlanSource source) {
    JsonNode root = readJson(text);
    JsonNode block = root.get("query_block");
    if (block == null || !block.isObject()) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "not a MySQL/MariaDB JSON plan: no \"query_block\" object at the top; give the output"
              + " of EXPLAIN FORMAT=JSON or ANALYZE FORMAT=JSON");
    }
    aliases = MySqlAliases.of(sql);
    PlanNode top = queryBlock(block);
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("query_block") && !name.equals("query_optimization")) {
        warnings.add("unknown top-level key '" + name + "' ignored");
      }
    }
    // Only ANALYZE prints query_optimization: the statement ran even when no table was read
    // ("Impossible WHERE noticed after reading const tables").
    analyzed |= root.has("query_optimization");
    double planning = number(root.path("query_optimization"), "r_total_time_ms");
    double execution = analyzed ? number(block, "r_total_time_ms") : Double.NaN;
    Plan.PlanSource effective =
        source == Plan.PlanSource.EXPLAIN && analyzed ? Plan.PlanSource.EXPLAIN_ANALYZE : source;
    return new Plan(dialect, sql, effective, top, analyzed, planning, execution, warnings, text);
  }

  static JsonNode readJson(String text) {
    if (text == null || text.isBlank()) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the plan is empty; give the output of EXPLAIN FORMAT=JSON or ANALYZE FORMAT=JSON");
    }
    QueryScopeException tooLarge = PlanLimits.checkSize(text.length());
    if (tooLarge != null) {
      throw tooLarge;
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new QueryScopeException(
            ErrorCode.MALFORMED_PLAN,
            "the plan is not a JSON object; give the output of EXPLAIN FORMAT=JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      QueryScopeException limit = PlanLimits.translate(e, text);
      if (limit != null) {
        throw limit;
      }
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the plan is not valid JSON"
              + where
              + " ("
              + e.getOriginalMessage()
              + "); give the complete output of EXPLAIN FORMAT=JSON",
          e);
    }
  }

  /**
   * A node's own JSON, without the plan objects nested in it: they are their own nodes' evidence,
   * and repeating them at every level would cost the plan's size once per level of depth.
   */
  private static String own(JsonNode json) {
    if (!json.isObject()) {
      return json.toString();
    }
    ObjectNode own = JSON.createObjectNode();
    json.fields()
        .forEachRemaining(
            e -> {
              if (!NESTED.contains(e.getKey())) {
                own.set(e.getKey(), e.getValue());
              }
            });
    return own.toString();
  }

  private PlanNode queryBlock(JsonNode block) {
    PlanNode.Builder b = PlanNode.builder(Operation.RESULT).nodeType("query_block");
    b.detail("select_id", text(block.get("select_id")));
    b.detail("operation", text(block.get("operation")));
    double cost = number(block.path("cost_info"), "query_cost");
    if (Double.isNaN(cost)) {
      cost = number(block, "cost");
    }
    List<PlanNode> children = content(block, b, "query_block");
    double rows = children.size() == 1 ? children.get(0).estimates().rows() : Double.NaN;
    b.estimates(new Estimates(Double.NaN, cost, rows, Double.NaN, -1));
    Actuals measured = MariaDbAnalyzeFigures.block(block, children);
    analyzed |= measured != null;
    b.actuals(measured);
    b.children(children);
    b.rawJson(own(block));
    return b.build();
  }

  /**
   * The operations inside a query block or a wrapper (ordering_operation, filesort …); scalar
   * conditions become details of {@code owner}.
   */
  private List<PlanNode> content(JsonNode obj, PlanNode.Builder owner, String context) {
    List<PlanNode> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = obj.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      JsonNode value = f.getValue();
      switch (key) {
        case "nested_loop" -> out.add(joinTree(value));
        case "table" -> out.add(table(value));
        case "ordering_operation" -> out.add(wrapper(value, Operation.SORT, key));
        case "grouping_operation" -> out.add(wrapper(value, Operation.AGGREGATE, key));
        case "duplicates_removal" -> out.add(duplicatesRemoval(value));
        case "windowing" -> out.add(wrapper(value, Operation.WINDOW, key));
        case "window_functions_computation" -> out.add(windowFunctions(value));
        case "materialization" -> out.add(materialization(value, key));
        case "block-nl-join" -> out.addAll(joinBuffer(value));
        case "buffer_result", "read_sorted_file" -> out.addAll(content(value, owner, key));
        case "filesort" -> out.add(filesort(value));
        case "temporary_table" -> out.add(temporaryTable(value, key));
        case "union_result" -> out.add(union(value));
        case "query_block" -> out.add(queryBlock(value));
        case "message" -> owner.detail("message", value.asText());
        case "having_condition",
            "const_condition",
            "outer_ref_condition",
            "pseudo_bits_condition",
            "attached_condition" ->
            owner.detail(key, value.asText());
        case "subqueries",
            "attached_subqueries",
            "optimized_away_subqueries",
            "select_list_subqueries",
            "order_by_subqueries",
            "group_by_subqueries",
            "having_subqueries",
            "update_value_subqueries" ->
            out.addAll(subqueries(value, key));
        case "cost_info", "query_optimization", "r_engine_stats", "sort_key" -> {
          // read by the caller, or engine internals
        }
        default -> {
          if (value.isObject()) {
            warnings.add("unknown node '" + key + "' in " + context + " kept as OTHER");
            PlanNode.Builder other = PlanNode.builder(Operation.OTHER).nodeType(key);
            other.children(content(value, other, key)).rawJson(own(value));
            out.add(other.build());
          } else if (value.isArray()) {
            for (JsonNode element : value) {
              if (element.isObject()) {
                out.addAll(content(element, owner, key));
              }
            }
          } else if (!BLOCK_SCALARS.contains(key) && !key.startsWith("r_")) {
            warnings.add("unknown key '" + key + "' in " + context + " kept as a detail");
            owner.detail(key, text(value));
          }
        }
      }
    }
    return out;
  }

  /** {@code [t1, t2, t3]} becomes {@code NL(NL(t1, t2), t3)}: each later table is an inner side. */
  private PlanNode joinTree(JsonNode list) {
    List<PlanNode> inputs = new ArrayList<>();
    for (JsonNode element : list) {
      PlanNode.Builder holder = PlanNode.builder(Operation.OTHER);
      inputs.addAll(content(element, holder, "nested_loop"));
    }
    if (inputs.isEmpty()) {
      warnings.add("empty nested_loop");
      return PlanNode.builder(Operation.OTHER).nodeType("nested_loop").build();
    }
    PlanNode acc = inputs.get(0);
    for (int i = 1; i < inputs.size(); i++) {
      acc = join(acc, inputs.get(i));
    }
    return acc;
  }

  private PlanNode join(PlanNode outer, PlanNode inner) {
    String buffer = inner.details().get("using_join_buffer");
    boolean hash =
        buffer != null
            && (buffer.toLowerCase(Locale.ROOT).contains("hash") || buffer.matches("BNLH|BKAH"));
    PlanNode.Builder b =
        PlanNode.builder(hash ? Operation.HASH_JOIN : Operation.NESTED_LOOP)
            .nodeType(hash ? "hash join" : "nested_loop");
    if (inner.details().containsKey("first_match") || inner.details().containsKey("loose_scan")) {
      b.joinType("Semi");
    } else if (inner.details().containsKey("not_exists")) {
      b.joinType("Anti");
    }
    if (buffer != null) {
      b.detail("join_buffer", buffer);
    }
    String produced = inner.details().get("rows_produced_per_join");
    double rows =
        produced != null ? parse(produced) : outer.estimates().rows() * inner.estimates().rows();
    b.estimates(new Estimates(Double.NaN, inner.estimates().totalCost(), rows, Double.NaN, -1));
    if (outer.actuals() != null && inner.actuals() != null) {
      String bufferTime = inner.details().get("join_buffer_r_time_ms");
      double time =
          MariaDbAnalyzeFigures.inclusive(outer)
              + MariaDbAnalyzeFigures.inclusive(inner)
              + (bufferTime == null ? 0 : parse(bufferTime));
      String buffered = inner.details().get("join_buffer_r_output_rows");
      double output = buffered != null ? parse(buffered) : inner.actuals().totalRows();
      b.actuals(new Actuals(output, Double.NaN, time, 1));
    }
    return b.child(outer).child(inner).build();
  }

  private PlanNode table(JsonNode t) {
    String name = text(t.get("table_name"));
    String accessType = text(t.get("access_type"));
    boolean usingIndex = t.path("using_index").asBoolean(false);
    PlanNode.Builder b =
        PlanNode.builder(MySqlTableFields.operation(accessType, usingIndex, t, warnings));
    b.nodeType(accessType == null ? "table" : accessType);
    MySqlAliases.TableRef ref = aliases.resolve(name);
    if (ref != null) {
      b.relation(ref.table()).schema(ref.schema());
      if (!ref.table().equalsIgnoreCase(name)) {
        b.alias(name);
      }
    } else {
      b.relation(name);
    }
    b.index(text(t.get("key")));
    b.indexCondition(MySqlTableFields.indexCondition(t));
    String filter = text(t.get("attached_condition"));
    b.filter(filter);
    double examined = number(t, "rows_examined_per_scan");
    if (Double.isNaN(examined)) {
      examined = number(t, "rows");
    }
    double filtered = number(t, "filtered");
    double rows = Double.isNaN(filtered) ? examined : examined * filtered / 100.0;
    double cost = number(t.path("cost_info"), "prefix_cost");
    if (Double.isNaN(cost)) {
      cost = number(t, "cost");
    }
    b.estimates(new Estimates(Double.NaN, cost, rows, examined, -1));
    MySqlTableFields.details(t, b, name, warnings);
    MariaDbAnalyzeFigures.TableFigures figures = MariaDbAnalyzeFigures.table(t);
    if (figures != null) {
      analyzed = true;
      b.actuals(figures.actuals()).rowsRemovedByFilter(figures.rowsRemovedByFilter());
    }
    List<PlanNode> children = new ArrayList<>();
    JsonNode materialized =
        t.has("materialized_from_subquery")
            ? t.get("materialized_from_subquery")
            : t.get("materialized");
    if (materialized != null && materialized.isObject()) {
      PlanNode.Builder m = PlanNode.builder(Operation.MATERIALIZE).nodeType("materialized");
      m.detail("using_temporary_table", text(materialized.get("using_temporary_table")));
      m.detail("dependent", text(materialized.get("dependent")));
      m.detail("cacheable", text(materialized.get("cacheable")));
      m.detail("unique", text(materialized.get("unique")));
      m.children(content(materialized, m, "materialized"));
      children.add(m.build());
    }
    for (String key : List.of("attached_subqueries", "subqueries")) {
      if (t.has(key)) {
        children.addAll(subqueries(t.get(key), key));
      }
    }
    b.children(children);
    b.rawJson(own(t));
    PlanNode scan = b.build();
    for (String write : List.of("update", "delete", "insert")) {
      if (t.path(write).asBoolean(false) || t.path(write).asInt(0) == 1) {
        return PlanNode.builder(Operation.MODIFY)
            .nodeType(write)
            .relation(scan.relation())
            .schema(scan.schema())
            .estimates(scan.estimates())
            .actuals(scan.actuals())
            .child(scan)
            .build();
      }
    }
    return scan;
  }

  /** MariaDB window functions: their sorts and temporary table above the input. */
  private PlanNode windowFunctions(JsonNode obj) {
    PlanNode.Builder b =
        PlanNode.builder(Operation.WINDOW).nodeType("window_functions_computation");
    List<PlanNode> inner = content(obj, b, "window_functions_computation");
    return b.estimates(rowsOf(inner)).children(inner).build();
  }

  /** MariaDB subquery materialization (IN/EXISTS turned into a lookup in a temporary table). */
  private PlanNode materialization(JsonNode obj, String key) {
    PlanNode.Builder b = PlanNode.builder(Operation.MATERIALIZE).nodeType(key);
    b.detail("r_strategy", text(obj.get("r_strategy")));
    List<PlanNode> inner = content(obj, b, key);
    return b.estimates(rowsOf(inner)).children(inner).build();
  }

  /**
   * MariaDB's join buffer wraps the inner table ({@code "block-nl-join": {"table": …, "join_type":
   * "BNL", "attached_condition": …}}); its facts go on the table so the join above sees them. Under
   * ANALYZE, {@code r_loops × r_effective_rows × r_filtered} is what the join really produced.
   */
  private List<PlanNode> joinBuffer(JsonNode obj) {
    PlanNode.Builder holder = PlanNode.builder(Operation.OTHER);
    List<PlanNode> inner = content(obj, holder, "block-nl-join");
    List<PlanNode> out = new ArrayList<>();
    for (PlanNode n : inner) {
      PlanNode.Builder b = n.toBuilder();
      b.detail("using_join_buffer", text(obj.get("join_type")));
      b.detail("buffer_type", text(obj.get("buffer_type")));
      b.detail("buffer_size", text(obj.get("buffer_size")));
      String condition = text(obj.get("attached_condition"));
      if (condition != null) {
        b.joinCondition(condition);
        b.detail("join_buffer_condition", condition);
      }
      if (obj.has("r_effective_rows") && obj.has("r_filtered")) {
        double produced =
            number(obj, "r_loops")
                * number(obj, "r_effective_rows")
                * number(obj, "r_filtered")
                / 100.0;
        b.detail("join_buffer_r_output_rows", Long.toString(Math.round(produced)));
      }
      double bufferTime = MariaDbAnalyzeFigures.sum(obj, "r_unpack_time_ms", "r_other_time_ms");
      if (!Double.isNaN(bufferTime)) {
        b.detail("join_buffer_r_time_ms", Double.toString(bufferTime));
      }
      out.add(b.build());
    }
    return out;
  }

  private PlanNode wrapper(JsonNode obj, Operation op, String key) {
    boolean filesort = obj.path("using_filesort").asBoolean(false);
    boolean temporary = obj.path("using_temporary_table").asBoolean(false);
    PlanNode.Builder b = PlanNode.builder(op).nodeType(key);
    b.detail("using_filesort", filesort ? "true" : null);
    b.detail("using_temporary_table", temporary ? "true" : null);
    obj.path("cost_info")
        .fields()
        .forEachRemaining(c -> b.detail(c.getKey(), c.getValue().asText()));
    List<PlanNode> inner = content(obj, b, key);
    if (op == Operation.SORT && !filesort) {
      // Ordered by an index: no sort happens, only a temporary table may.
      return temporary ? temporary(inner, key) : single(inner, key);
    }
    if (temporary) {
      inner = List.of(temporary(inner, key));
    }
    if (op != Operation.SORT && filesort) {
      inner =
          List.of(
              PlanNode.builder(Operation.SORT)
                  .nodeType("filesort")
                  .sort(new SortInfo(List.of(), "filesort", -1, false))
                  .estimates(rowsOf(inner))
                  .children(inner)
                  .build());
    }
    if (op == Operation.SORT) {
      b.sort(new SortInfo(List.of(), "filesort", -1, false));
    }
    return b.estimates(rowsOf(inner)).children(inner).build();
  }

  private PlanNode duplicatesRemoval(JsonNode value) {
    if (value.isArray()) {
      PlanNode.Builder b = PlanNode.builder(Operation.UNIQUE).nodeType("duplicates_removal");
      List<PlanNode> inner = new ArrayList<>();
      for (JsonNode element : value) {
        inner.addAll(content(element, b, "duplicates_removal"));
      }
      return b.children(inner).estimates(rowsOf(inner)).build();
    }
    return wrapper(value, Operation.UNIQUE, "duplicates_removal");
  }

  private PlanNode temporary(List<PlanNode> inner, String owner) {
    return PlanNode.builder(Operation.TEMPORARY_TABLE)
        .nodeType("temporary_table")
        .detail("for", owner)
        .estimates(rowsOf(inner))
        .children(inner)
        .build();
  }

  private PlanNode single(List<PlanNode> inner, String key) {
    if (inner.size() == 1) {
      return inner.get(0);
    }
    return PlanNode.builder(Operation.OTHER).nodeType(key).children(inner).build();
  }

  /** MariaDB {@code filesort}: sort keys, and under ANALYZE the rows it output and its mode. */
  private PlanNode filesort(JsonNode obj) {
    PlanNode.Builder b = PlanNode.builder(Operation.SORT).nodeType("filesort");
    String keys = text(obj.get("sort_key"));
    List<String> keyList = keys == null ? List.of() : Arrays.asList(keys.split(",\\s*"));
    long buffer = obj.has("r_buffer_size") ? bytes(obj.get("r_buffer_size").asText()) : -1;
    boolean spilled = obj.path("r_sort_passes").asLong(0) > 0;
    b.sort(
        new SortInfo(
            keyList, text(obj.get("r_sort_mode")), buffer < 0 ? -1 : buffer / 1024, spilled));
    b.detail("sort_key", keys);
    b.detail("r_limit", text(obj.get("r_limit")));
    b.detail("r_used_priority_queue", text(obj.get("r_used_priority_queue")));
    List<PlanNode> inner = content(obj, b, "filesort");
    Actuals sorted = MariaDbAnalyzeFigures.filesort(obj, inner);
    if (sorted != null) {
      analyzed = true;
      b.actuals(sorted);
    }
    return b.estimates(rowsOf(inner)).children(inner).build();
  }

  private PlanNode temporaryTable(JsonNode obj, String key) {
    PlanNode.Builder b = PlanNode.builder(Operation.TEMPORARY_TABLE).nodeType(key);
    List<PlanNode> inner = content(obj, b, key);
    if (inner.size() == 1 && inner.get(0).actuals() != null) {
      b.actuals(inner.get(0).actuals());
    }
    return b.estimates(rowsOf(inner)).children(inner).build();
  }

  private PlanNode union(JsonNode obj) {
    PlanNode.Builder b = PlanNode.builder(Operation.SET_OPERATION).nodeType("union_result");
    b.relation(text(obj.get("table_name")));
    b.detail("access_type", text(obj.get("access_type")));
    b.detail("using_temporary_table", text(obj.get("using_temporary_table")));
    List<PlanNode> parts = new ArrayList<>();
    JsonNode specs = obj.get("query_specifications");
    if (specs != null && specs.isArray()) {
      for (JsonNode spec : specs) {
        parts.addAll(content(spec, b, "query_specifications"));
      }
    }
    double rows = parts.stream().mapToDouble(p -> p.estimates().rows()).sum();
    return b.estimates(new Estimates(Double.NaN, Double.NaN, rows, Double.NaN, -1))
        .children(parts)
        .build();
  }

  private List<PlanNode> subqueries(JsonNode list, String key) {
    List<PlanNode> out = new ArrayList<>();
    if (!list.isArray()) {
      return out;
    }
    for (JsonNode sub : list) {
      PlanNode.Builder b = PlanNode.builder(Operation.SUBQUERY_SCAN).nodeType(key);
      b.detail("dependent", text(sub.get("dependent")));
      b.detail("cacheable", text(sub.get("cacheable")));
      JsonNode cache = sub.get("expression_cache");
      if (cache != null && cache.isObject()) {
        b.detail("expression_cache", text(cache.get("state")));
        sub = cache;
      }
      List<PlanNode> inner = content(sub, b, key);
      out.add(b.estimates(rowsOf(inner)).children(inner).build());
    }
    return out;
  }

  private static Estimates rowsOf(List<PlanNode> inner) {
    if (inner.size() != 1) {
      return Estimates.UNKNOWN;
    }
    Estimates e = inner.get(0).estimates();
    return new Estimates(Double.NaN, e.totalCost(), e.rows(), Double.NaN, -1);
  }

  static double number(JsonNode obj, String key) {
    JsonNode v = obj == null ? null : obj.get(key);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Double.NaN;
    }
    return v.isNumber() ? v.asDouble() : parse(v.asText());
  }

  /** MySQL prints many figures as strings ("1.00K" in data_read_per_join, "10.50" in costs). */
  static double parse(String s) {
    if (s == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** MariaDB prints buffer sizes as "856", "1Kb", "2Mb". */
  private static long bytes(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("kb")) {
      unit = 1024;
    } else if (t.endsWith("mb")) {
      unit = 1024 * 1024;
    } else if (t.endsWith("gb")) {
      unit = 1024L * 1024 * 1024;
    }
    String digits = t.replaceAll("[^0-9.]", "");
    double v = parse(digits);
    return Double.isNaN(v) ? -1 : (long) (v * unit);
  }

  static String text(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(i -> items.add(i.asText()));
      return String.join(", ", items);
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
