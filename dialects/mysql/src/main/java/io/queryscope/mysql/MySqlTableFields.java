package io.queryscope.mysql;

import com.fasterxml.jackson.databind.JsonNode;
import io.queryscope.core.plan.Operation;
import io.queryscope.core.plan.PlanNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one {@code "table"} object of a MySQL/MariaDB JSON plan: which neutral operation
 * its access type is, the index condition its key parts and refs make, and every scalar kept as a
 * detail in server order. Unknown keys are kept and warned about, never fatal.
 */
final class MySqlTableFields {

  /** Keys of a table object that are read into fields or kept as details without a warning. */
  private static final Set<String> KNOWN_TABLE_KEYS =
      Set.of(
          "table_name",
          "access_type",
          "possible_keys",
          "key",
          "key_length",
          "used_key_parts",
          "ref",
          "rows",
          "rows_examined_per_scan",
          "rows_produced_per_join",
          "filtered",
          "cost_info",
          "used_columns",
          "attached_condition",
          "index_condition",
          "using_index",
          "using_MRR",
          "using_join_buffer",
          "first_match",
          "not_exists",
          "loose_scan",
          "start_temporary",
          "end_temporary",
          "distinct",
          "using_index_for_group_by",
          "using_index_for_skip_scan",
          "range_checked_for_each_record",
          "skip_open_table",
          "scanned_databases",
          "using_temporary_table",
          "using_filesort",
          "dependent",
          "cacheable",
          "partitions",
          "message",
          "r_loops",
          "r_rows",
          "r_filtered",
          "r_table_time_ms",
          "r_other_time_ms",
          "r_engine_stats",
          "r_total_time_ms",
          "r_icp_filtered",
          "cost",
          "r_unpack_time_ms",
          "loops",
          "insert",
          "update",
          "delete",
          "rowid_filter",
          "key_parts",
          "key_parts_used",
          "mrr_type",
          "backward_index_scan",
          "lateral",
          "ref_or_null",
          "index_merge",
          "block-nl-join",
          "materialized",
          "materialized_from_subquery",
          "attached_subqueries",
          "subqueries",
          "open_full_table",
          "pushed_join",
          "using_where",
          "range-checked-for-each-record",
          "having_condition",
          "full-scan-on-null_key");

  private MySqlTableFields() {}

  static Operation operation(
      String accessType, boolean usingIndex, JsonNode t, List<String> warnings) {
    if (accessType == null) {
      return t.has("message") ? Operation.RESULT : Operation.OTHER;
    }
    String type = accessType.startsWith("hash_") ? accessType.substring(5) : accessType;
    return switch (type) {
      case "ALL" -> Operation.FULL_SCAN;
      case "index" -> Operation.FULL_INDEX_SCAN;
      case "range",
          "ref",
          "eq_ref",
          "const",
          "system",
          "ref_or_null",
          "index_merge",
          "fulltext",
          "unique_subquery",
          "index_subquery" ->
          usingIndex ? Operation.INDEX_ONLY_SCAN : Operation.INDEX_SCAN;
      default -> {
        warnings.add("unknown access_type '" + accessType + "' mapped to OTHER");
        yield Operation.OTHER;
      }
    };
  }

  /** {@code used_key_parts} paired with {@code ref} ("customer_id = const"), plus ICP. */
  static String indexCondition(JsonNode t) {
    List<String> parts = new ArrayList<>();
    JsonNode keyParts = t.get("used_key_parts");
    JsonNode refs = t.get("ref");
    if (keyParts != null && keyParts.isArray() && refs != null && refs.isArray()) {
      for (int i = 0; i < keyParts.size() && i < refs.size(); i++) {
        parts.add(keyParts.get(i).asText() + " = " + refs.get(i).asText());
      }
    }
    String icp = MySqlExplainParser.text(t.get("index_condition"));
    if (icp != null) {
      parts.add(icp);
    }
    return parts.isEmpty() ? null : String.join(" and ", parts);
  }

  static void details(JsonNode t, PlanNode.Builder b, String table, List<String> warnings) {
    Iterator<Map.Entry<String, JsonNode>> fields = t.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String key = f.getKey();
      JsonNode v = f.getValue();
      if (!KNOWN_TABLE_KEYS.contains(key)) {
        warnings.add("unknown key '" + key + "' on table " + table + " kept as a detail");
      }
      if (key.equals("cost_info") && v.isObject()) {
        v.fields().forEachRemaining(c -> b.detail(c.getKey(), c.getValue().asText()));
      } else if (key.equals("rowid_filter") && v.isObject()) {
        b.detail("rowid_filter", MySqlExplainParser.text(v.path("range").get("key")));
      } else if (key.equals("index_merge") && v.isObject()) {
        b.detail("index_merge", v.fieldNames().hasNext() ? v.fieldNames().next() : "index_merge");
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
        b.detail(key, String.join(", ", items));
      } else if (v.isValueNode() && !key.equals("table_name")) {
        b.detail(key, v.asText());
      }
    }
  }
}
