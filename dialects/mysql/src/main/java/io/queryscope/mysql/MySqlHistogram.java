package io.queryscope.mysql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a MySQL 8 histogram ({@code information_schema.COLUMN_STATISTICS.HISTOGRAM}, built by
 * {@code ANALYZE TABLE t UPDATE HISTOGRAM ON c}): a {@code singleton} histogram has one bucket per
 * distinct value, an {@code equi-height} one says how many distinct values each bucket holds
 * (fourth element); {@code null-values} is the null fraction.
 *
 * @param distinctValues NaN when the histogram does not say
 * @param nullFraction NaN when the histogram does not say
 */
record MySqlHistogram(double distinctValues, double nullFraction) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static MySqlHistogram parse(String histogramJson) {
    JsonNode h;
    try {
      h = JSON.readTree(histogramJson);
    } catch (JsonProcessingException e) {
      return new MySqlHistogram(Double.NaN, Double.NaN);
    }
    if (h == null || !h.isObject()) {
      return new MySqlHistogram(Double.NaN, Double.NaN);
    }
    double nulls = h.path("null-values").isNumber() ? h.get("null-values").asDouble() : Double.NaN;
    JsonNode buckets = h.path("buckets");
    String type = h.path("histogram-type").asText("");
    double distinct = Double.NaN;
    if (buckets.isArray()) {
      if (type.equals("singleton")) {
        distinct = buckets.size();
      } else if (type.equals("equi-height")) {
        double sum = 0;
        for (JsonNode b : buckets) {
          sum += b.path(3).asDouble(0);
        }
        distinct = sum > 0 ? sum : Double.NaN;
      }
    }
    return new MySqlHistogram(distinct, nulls);
  }
}
