package io.queryscope.postgresql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.sql.SqlCalls;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every function and operator an {@code EXPLAIN (VERBOSE, FORMAT JSON)} plan calls. The plan shows
 * the query after views and rules are expanded, so what a view hides is here. Every string in every
 * node is read as an expression (Output, Filter, Join Filter, Hash Cond, Index Cond, Sort Key,
 * Group Key, One-Time Filter, Function Call, …, in InitPlans, SubPlans and CTEs alike) except the
 * fields that hold a bare name, which a strange table name must not turn into a call.
 */
final class PostgresPlanCalls {

  /**
   * What a plan calls: functions (qualified when the plan qualifies them), operator symbols, and
   * the tables a ModifyTable node writes ({@code schema.table}), whose triggers would fire.
   */
  record Calls(Set<SqlCalls.Call> functions, Set<String> operators, Set<List<String>> written) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fields whose value is a name or a label, never an expression. */
  private static final Set<String> NAME_FIELDS =
      Set.of(
          "Node Type",
          "Relation Name",
          "Schema",
          "Alias",
          "Index Name",
          "CTE Name",
          "Subplan Name",
          "Parent Relationship",
          "Join Type",
          "Strategy",
          "Partial Mode",
          "Scan Direction",
          "Operation",
          "Command",
          "Table Function Name",
          "Custom Plan Provider",
          "Conflict Resolution",
          "Conflict Arbiter Indexes",
          "Sort Method",
          "Sort Space Type",
          "Trigger Name",
          "Constraint Name",
          "Function Name",
          "Query Identifier");

  private PostgresPlanCalls() {}

  static Calls of(String planJson) {
    JsonNode root;
    try {
      root = JSON.readTree(planJson);
    } catch (JsonProcessingException e) {
      throw new QueryScopeException(
          ErrorCode.ANALYSIS_FAILED,
          "could not read the VERBOSE plan that decides whether ANALYZE may run the statement");
    }
    Set<SqlCalls.Call> functions = new LinkedHashSet<>();
    Set<String> operators = new LinkedHashSet<>();
    Set<List<String>> written = new LinkedHashSet<>();
    walk(root, null, functions, operators, written);
    return new Calls(functions, operators, written);
  }

  private static void walk(
      JsonNode node,
      String field,
      Set<SqlCalls.Call> functions,
      Set<String> operators,
      Set<List<String>> written) {
    if (node.isObject()) {
      if ("ModifyTable".equals(node.path("Node Type").asText())
          && node.hasNonNull("Relation Name")) {
        written.add(List.of(node.path("Schema").asText(""), node.get("Relation Name").asText()));
      }
      if (node.hasNonNull("Function Name")) {
        // A Function Scan names its function apart from the call text; "Schema" is the function's.
        String schema = node.hasNonNull("Schema") ? node.get("Schema").asText() : null;
        functions.add(new SqlCalls.Call(schema, node.get("Function Name").asText(), true));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!NAME_FIELDS.contains(e.getKey())) {
          walk(e.getValue(), e.getKey(), functions, operators, written);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        walk(child, field, functions, operators, written);
      }
    } else if (node.isTextual()) {
      SqlCalls calls = SqlCalls.of(node.asText(), SqlCalls.Flavor.POSTGRES);
      functions.addAll(calls.calls());
      for (String symbol : calls.symbols()) {
        if (isOperator(symbol)) {
          operators.add(symbol);
        }
      }
    }
  }

  private static boolean isOperator(String symbol) {
    return !symbol.equals("::") && symbol.chars().allMatch(c -> "+-*/<>=~!@%^&|#?".indexOf(c) >= 0);
  }
}
