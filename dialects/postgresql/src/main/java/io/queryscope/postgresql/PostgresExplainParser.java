package io.queryscope.postgresql;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.Buffers;
import io.queryscope.core.plan.Estimates;
import io.queryscope.core.plan.HashInfo;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import io.queryscope.core.plan.PlanLimits;
import io.queryscope.core.plan.PlanNode;
import io.queryscope.core.plan.SortInfo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code EXPLAIN (FORMAT JSON)} output of PostgreSQL 13–17 (and auto_explain's JSON) into the
 * neutral {@link Plan}. Unknown node types and keys become plan warnings, never failures: a newer
 * server must not break an older queryscope.
 */
final class PostgresExplainParser {

  private static final ObjectMapper JSON = new ObjectMapper(PlanLimits.jsonFactory());

  /** Keys of the top-level object around {@code "Plan"}. */
  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of(
          "Plan",
          "Planning Time",
          "Execution Time",
          "Triggers",
          "Planning",
          "JIT",
          "Settings",
          "Query Identifier",
          "Query Text",
          "Query Parameters",
          "Serialization");

  /**
   * Every node key of PostgreSQL 13–17 this parser knows, mapped or deliberately ignored. A key not
   * here produces a warning so a new server version is noticed, not silently misread.
   */
  private static final Set<String> KNOWN_NODE_KEYS =
      Set.of(
          "Node Type",
          "Parent Relationship",
          "Subplan Name",
          "Parallel Aware",
          "Async Capable",
          "Relation Name",
          "Schema",
          "Alias",
          "Startup Cost",
          "Total Cost",
          "Plan Rows",
          "Plan Width",
          "Actual Startup Time",
          "Actual Total Time",
          "Actual Rows",
          "Actual Loops",
          "Output",
          "Filter",
          "Rows Removed by Filter",
          "Index Name",
          "Scan Direction",
          "Index Cond",
          "Rows Removed by Index Recheck",
          "Recheck Cond",
          "Heap Fetches",
          "Exact Heap Blocks",
          "Lossy Heap Blocks",
          "Join Type",
          "Inner Unique",
          "Hash Cond",
          "Merge Cond",
          "Join Filter",
          "Rows Removed by Join Filter",
          "Sort Key",
          "Sort Method",
          "Sort Space Used",
          "Sort Space Type",
          "Presorted Key",
          "Full-sort Groups",
          "Pre-sorted Groups",
          "Hash Buckets",
          "Original Hash Buckets",
          "Hash Batches",
          "Original Hash Batches",
          "Peak Memory Usage",
          "Disk Usage",
          "HashAgg Batches",
          "Planned Partitions",
          "Strategy",
          "Partial Mode",
          "Group Key",
          "Grouping Sets",
          "Workers Planned",
          "Workers Launched",
          "Workers",
          "Single Copy",
          "Shared Hit Blocks",
          "Shared Read Blocks",
          "Shared Dirtied Blocks",
          "Shared Written Blocks",
          "Local Hit Blocks",
          "Local Read Blocks",
          "Local Dirtied Blocks",
          "Local Written Blocks",
          "Temp Read Blocks",
          "Temp Written Blocks",
          "I/O Read Time",
          "I/O Write Time",
          "Shared I/O Read Time",
          "Shared I/O Write Time",
          "Local I/O Read Time",
          "Local I/O Write Time",
          "Temp I/O Read Time",
          "Temp I/O Write Time",
          "Plans",
          "CTE Name",
          "Function Name",
          "Function Call",
          "Table Function Name",
          "Operation",
          "Command",
          "Cache Key",
          "Cache Mode",
          "Cache Hits",
          "Cache Misses",
          "Cache Evictions",
          "Cache Overflows",
          "Sampling Method",
          "Sampling Parameters",
          "Repeatable",
          "Conflict Resolution",
          "Conflict Arbiter Indexes",
          "Conflict Filter",
          "Rows Removed by Conflict Filter",
          "Tuples Inserted",
          "Conflicting Tuples",
          "Target Tables",
          "Subplans Removed",
          "Sort Keys",
          "Sort Operators",
          "Collations",
          "Nulls First",
          "One-Time Filter",
          "TID Cond",
          "Run Condition",
          "Window",
          "Storage",
          "Maximum Storage",
          "Relationship",
          "Unhashable Key",
          "Remote SQL",
          "Custom Plan Provider",
          "Index Searches",
          "Disabled",
          "Disabled Nodes",
          "Estimated Memory");

  /** Facts shown with a node, kept in this order when present. */
  private static final List<String> DETAIL_KEYS =
      List.of(
          "Parent Relationship",
          "Subplan Name",
          "Parallel Aware",
          "Scan Direction",
          "Strategy",
          "Partial Mode",
          "Operation",
          "Command",
          "Group Key",
          "Presorted Key",
          "CTE Name",
          "Function Name",
          "Recheck Cond",
          "Exact Heap Blocks",
          "Lossy Heap Blocks",
          "Rows Removed by Join Filter",
          "Hash Buckets",
          "Disk Usage",
          "Cache Key",
          "Cache Hits",
          "Cache Misses",
          "Cache Evictions",
          "One-Time Filter",
          "Single Copy");

  private PostgresExplainParser() {}

  /**
   * Parses EXPLAIN JSON text.
   *
   * @param sql the statement, or null to take auto_explain's {@code "Query Text"}
   * @throws QueryScopeException MALFORMED_PLAN when the text is not a JSON plan
   */
  static Plan parse(String text, String sql, PlanSource source) {
    if (text == null || text.isBlank()) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the plan is empty: give the output of EXPLAIN (FORMAT JSON) <statement>");
    }
    QueryScopeException tooLarge = PlanLimits.checkSize(text.length());
    if (tooLarge != null) {
      throw tooLarge;
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      QueryScopeException limit = PlanLimits.translate(e, text);
      if (limit != null) {
        throw limit;
      }
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the plan is not valid JSON"
              + where
              + " ("
              + e.getOriginalMessage()
              + "): give the complete output of EXPLAIN (FORMAT JSON) <statement>",
          e);
    }
    return parse(tree, text, sql, source);
  }

  static Plan parse(JsonNode tree, String rawJson, String sql, PlanSource source) {
    JsonNode top = tree != null && tree.isArray() && tree.size() > 0 ? tree.get(0) : tree;
    if (top == null || !top.isObject() || !top.path("Plan").isObject()) {
      throw new QueryScopeException(
          ErrorCode.MALFORMED_PLAN,
          "the JSON holds no \"Plan\" object: expected the output of EXPLAIN (FORMAT JSON)"
              + " <statement>, an array with one object that has a \"Plan\"");
    }
    List<String> warnings = new ArrayList<>();
    if (tree.isArray() && tree.size() > 1) {
      warnings.add("the JSON holds " + tree.size() + " plans; only the first was read");
    }
    for (Iterator<String> it = top.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL_KEYS.contains(key)) {
        warnings.add("unknown top-level key \"" + key + "\" ignored");
      }
    }
    PlanNode root = node(top.get("Plan"), "Plan", warnings);
    boolean analyzed = root.actuals() != null;
    String statement = sql != null ? sql : textOrNull(top, "Query Text");
    PlanSource how = source;
    if (how == PlanSource.EXPLAIN && analyzed) {
      how = PlanSource.EXPLAIN_ANALYZE;
    }
    return new Plan(
        DatabaseKind.POSTGRESQL,
        statement,
        how,
        root,
        analyzed,
        number(top, "Planning Time"),
        number(top, "Execution Time"),
        warnings,
        rawJson);
  }

  private static PlanNode node(JsonNode json, String path, List<String> warnings) {
    String nodeType = textOrNull(json, "Node Type");
    if (nodeType == null) {
      warnings.add(path + ": a plan node without \"Node Type\" was read as OTHER");
      nodeType = "?";
    } else if (!PostgresNodeTypes.isKnown(nodeType)) {
      warnings.add(path + ": unknown node type \"" + nodeType + "\" read as OTHER");
    }
    String where = path + " (" + nodeType + ")";
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KNOWN_NODE_KEYS.contains(key)) {
        warnings.add(where + ": unknown key \"" + key + "\" ignored");
      }
    }
    Operation operation = PostgresNodeTypes.operationOf(nodeType);
    String indexCondition = textOrNull(json, "Index Cond");
    if (operation == Operation.INDEX_SCAN && indexCondition == null) {
      // An index scan without a condition walks the whole index, usually for its order.
      operation = Operation.FULL_INDEX_SCAN;
    }
    if (operation == Operation.BITMAP_HEAP_SCAN && indexCondition == null) {
      indexCondition = textOrNull(json, "Recheck Cond");
    }
    PlanNode.Builder b =
        PlanNode.builder(operation)
            .nodeType(nodeType)
            .relation(textOrNull(json, "Relation Name"))
            .schema(textOrNull(json, "Schema"))
            .alias(textOrNull(json, "Alias"))
            .index(textOrNull(json, "Index Name"))
            .indexCondition(indexCondition)
            .filter(textOrNull(json, "Filter"))
            .joinCondition(joinCondition(json))
            .joinType(textOrNull(json, "Join Type"))
            .estimates(
                new Estimates(
                    number(json, "Startup Cost"),
                    number(json, "Total Cost"),
                    number(json, "Plan Rows"),
                    Double.NaN,
                    (int) count(json, "Plan Width")))
            .rawJson(withoutChildren(json));
    Actuals actuals = actuals(json);
    b.actuals(actuals);
    long loops = actuals == null ? 1 : Math.max(1, actuals.loops());
    // PostgreSQL prints removed rows as a per-loop average; the model keeps the total.
    b.rowsRemovedByFilter(perLoopTotal(json, "Rows Removed by Filter", loops));
    b.rowsRemovedByRecheck(perLoopTotal(json, "Rows Removed by Index Recheck", loops));
    b.heapFetches(count(json, "Heap Fetches"));
    b.workers((int) count(json, "Workers Planned"), (int) count(json, "Workers Launched"));
    b.sort(sort(json));
    b.hash(hash(json));
    b.buffers(buffers(json));
    for (String key : DETAIL_KEYS) {
      JsonNode v = json.get(key);
      if (v != null && !v.isNull()) {
        b.detail(detailName(key), v.isArray() ? joined(v) : v.asText());
      }
    }
    if (json.path("Join Filter").isTextual() && (json.has("Hash Cond") || json.has("Merge Cond"))) {
      b.detail("joinFilter", json.get("Join Filter").asText());
    }
    JsonNode children = json.get("Plans");
    if (children != null && children.isArray()) {
      for (int i = 0; i < children.size(); i++) {
        b.child(node(children.get(i), path + ".Plans[" + i + "]", warnings));
      }
    }
    return b.build();
  }

  /**
   * The node's own JSON: its children are their own nodes' evidence, and printing them again at
   * every level would cost the plan's size once per level of depth.
   */
  private static String withoutChildren(JsonNode json) {
    if (!json.has("Plans") || !json.isObject()) {
      return json.toString();
    }
    ObjectNode own = JSON.createObjectNode();
    json.fields()
        .forEachRemaining(
            e -> {
              if (!e.getKey().equals("Plans")) {
                own.set(e.getKey(), e.getValue());
              }
            });
    return own.toString();
  }

  private static String joinCondition(JsonNode json) {
    for (String key : List.of("Hash Cond", "Merge Cond", "Join Filter")) {
      String v = textOrNull(json, key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static Actuals actuals(JsonNode json) {
    if (!json.has("Actual Loops") && !json.has("Actual Rows")) {
      return null;
    }
    return new Actuals(
        number(json, "Actual Rows"),
        number(json, "Actual Startup Time"),
        number(json, "Actual Total Time"),
        count(json, "Actual Loops"));
  }

  private static SortInfo sort(JsonNode json) {
    JsonNode keys = json.get("Sort Key");
    if (keys == null && !json.has("Sort Method") && !json.has("Full-sort Groups")) {
      return null;
    }
    List<String> keyList = new ArrayList<>();
    if (keys != null && keys.isArray()) {
      keys.forEach(k -> keyList.add(k.asText()));
    }
    String method = textOrNull(json, "Sort Method");
    long space = count(json, "Sort Space Used");
    boolean disk =
        "Disk".equalsIgnoreCase(textOrNull(json, "Sort Space Type"))
            || (method != null && method.toLowerCase(Locale.ROOT).startsWith("external"));
    // Incremental sorts report per group kind; parallel sorts per worker.
    for (String groups : List.of("Full-sort Groups", "Pre-sorted Groups")) {
      JsonNode g = json.get(groups);
      if (g != null) {
        disk |= g.has("Sort Space Disk");
        if (method == null && g.path("Sort Methods Used").isArray()) {
          method = joined(g.get("Sort Methods Used"));
        }
        long peak = g.path("Sort Space Memory").path("Peak Sort Space Used").asLong(-1);
        space = Math.max(space, peak);
      }
    }
    JsonNode workers = json.get("Workers");
    if (workers != null && workers.isArray()) {
      for (JsonNode w : workers) {
        if ("Disk".equalsIgnoreCase(w.path("Sort Space Type").asText())) {
          disk = true;
        }
        if (method == null) {
          method = textOrNull(w, "Sort Method");
        }
        space = Math.max(space, w.path("Sort Space Used").asLong(-1));
      }
    }
    return new SortInfo(keyList, method, space, disk);
  }

  private static HashInfo hash(JsonNode json) {
    if (json.has("Hash Batches")) {
      return new HashInfo(
          count(json, "Hash Batches"),
          count(json, "Original Hash Batches"),
          count(json, "Peak Memory Usage"));
    }
    if (json.has("HashAgg Batches")) {
      // A hash aggregate that spilled (PostgreSQL 13+) reports batches and disk usage.
      long batches = count(json, "HashAgg Batches");
      long planned = count(json, "Planned Partitions");
      return new HashInfo(batches, planned, count(json, "Peak Memory Usage"));
    }
    return null;
  }

  private static Buffers buffers(JsonNode json) {
    if (!json.has("Shared Hit Blocks") && !json.has("Temp Written Blocks")) {
      return null;
    }
    return new Buffers(
        count(json, "Shared Hit Blocks"),
        count(json, "Shared Read Blocks"),
        count(json, "Temp Read Blocks"),
        count(json, "Temp Written Blocks"));
  }

  private static long perLoopTotal(JsonNode json, String key, long loops) {
    JsonNode v = json.get(key);
    if (v == null || !v.isNumber()) {
      return -1;
    }
    return Math.round(v.asDouble() * loops);
  }

  private static String detailName(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == ' ' || c == '-' || c == '/') {
        upper = true;
      } else {
        out.append(
            out.length() == 0 ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String joined(JsonNode array) {
    List<String> parts = new ArrayList<>();
    array.forEach(v -> parts.add(v.asText()));
    return String.join(", ", parts);
  }

  static String textOrNull(JsonNode json, String key) {
    JsonNode v = json.get(key);
    return v == null || v.isNull() ? null : v.isArray() ? joined(v) : v.asText();
  }

  private static double number(JsonNode json, String key) {
    JsonNode v = json.get(key);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static long count(JsonNode json, String key) {
    JsonNode v = json.get(key);
    return v != null && v.isNumber() ? Math.round(v.asDouble()) : -1;
  }

  /** True when the text looks like PostgreSQL's JSON plan output. */
  static boolean looksLikePlan(String text) {
    return text != null && text.contains("\"Node Type\"") && text.contains("\"Plan\"");
  }
}
