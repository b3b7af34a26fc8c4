package io.queryscope.mysql;

import com.fasterxml.jackson.databind.JsonNode;
import io.queryscope.core.plan.Actuals;
import io.queryscope.core.plan.PlanNode;
import java.util.List;

/**
 * What MariaDB's {@code ANALYZE FORMAT=JSON} measured, in the neutral model's terms: {@code r_rows}
 * is rows read per loop before the attached condition, {@code r_filtered} the percent that passed
 * it, {@code r_table_time_ms + r_other_time_ms} the time across all loops. Each method returns null
 * when the object carries no measurement (plain EXPLAIN).
 */
final class MariaDbAnalyzeFigures {

  private MariaDbAnalyzeFigures() {}

  /** A table access: rows out per loop, time per loop, loops, and rows the condition removed. */
  record TableFigures(Actuals actuals, long rowsRemovedByFilter) {}

  static TableFigures table(JsonNode t) {
    if (!t.has("r_loops") && !t.has("r_rows")) {
      return null;
    }
    // ANALYZE of an UPDATE or DELETE prints no r_loops: the table is read once.
    long loops = t.has("r_loops") ? t.get("r_loops").asLong() : 1;
    double read = MySqlExplainParser.number(t, "r_rows");
    double passed = MySqlExplainParser.number(t, "r_filtered");
    if (loops == 0 || Double.isNaN(read)) {
      return new TableFigures(new Actuals(0, Double.NaN, 0, loops), -1);
    }
    double share = Double.isNaN(passed) ? 1.0 : passed / 100.0;
    double time = sum(t, "r_table_time_ms", "r_other_time_ms");
    return new TableFigures(
        new Actuals(
            read * share, Double.NaN, Double.isNaN(time) ? Double.NaN : time / loops, loops),
        Math.round(read * loops * (1 - share)));
  }

  /** A query block: its total time per loop, and the rows of its single child. */
  static Actuals block(JsonNode block, List<PlanNode> children) {
    if (!block.has("r_loops") && !block.has("r_total_time_ms")) {
      return null;
    }
    long loops = Math.max(1, block.path("r_loops").asLong(1));
    double total = MySqlExplainParser.number(block, "r_total_time_ms");
    double rows =
        children.size() == 1 && children.get(0).actuals() != null
            ? children.get(0).actuals().totalRows() / loops
            : Double.NaN;
    return new Actuals(rows, Double.NaN, Double.isNaN(total) ? Double.NaN : total / loops, loops);
  }

  /**
   * A filesort: rows it output and its time; {@code r_total_time_ms} covers the sort alone, so the
   * input's time is added to make it inclusive like every other node.
   */
  static Actuals filesort(JsonNode obj, List<PlanNode> inner) {
    if (!obj.has("r_loops")) {
      return null;
    }
    long loops = Math.max(1, obj.get("r_loops").asLong());
    double out = MySqlExplainParser.number(obj, "r_output_rows");
    double time = MySqlExplainParser.number(obj, "r_total_time_ms");
    double below =
        inner.stream()
            .filter(n -> n.actuals() != null)
            .mapToDouble(MariaDbAnalyzeFigures::inclusive)
            .sum();
    return new Actuals(
        Double.isNaN(out) ? Double.NaN : out / loops,
        Double.NaN,
        Double.isNaN(time) ? Double.NaN : (time + below) / loops,
        loops);
  }

  /** Time across all loops of an analysed node, 0 when it was not timed. */
  static double inclusive(PlanNode node) {
    double t = node.actuals().inclusiveTimeMs();
    return Double.isNaN(t) ? 0 : t;
  }

  static double sum(JsonNode t, String a, String b) {
    double x = MySqlExplainParser.number(t, a);
    double y = MySqlExplainParser.number(t, b);
    if (Double.isNaN(x) && Double.isNaN(y)) {
      return Double.NaN;
    }
    return (Double.isNaN(x) ? 0 : x) + (Double.isNaN(y) ? 0 : y);
  }
}
