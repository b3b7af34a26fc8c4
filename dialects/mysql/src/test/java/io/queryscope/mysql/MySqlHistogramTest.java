package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Histogram JSON in the shape the MySQL 8.0 manual documents (8.9.6 Optimizer Statistics). */
class MySqlHistogramTest {

  @Test
  void singletonHistogramsCountTheirBuckets() {
    String json =
        "{\"buckets\": [[1, 0.3333], [2, 0.6667], [3, 1.0]], \"data-type\": \"int\","
            + " \"null-values\": 0.1, \"collation-id\": 8, \"last-updated\": \"2024-05-14"
            + " 09:00:00.000000\", \"sampling-rate\": 1.0, \"histogram-type\": \"singleton\","
            + " \"number-of-buckets-specified\": 100}";
    MySqlHistogram h = MySqlHistogram.parse(json);
    assertThat(h.distinctValues()).isEqualTo(3);
    assertThat(h.nullFraction()).isEqualTo(0.1);
  }

  @Test
  void equiHeightHistogramsSumTheirDistinctCounts() {
    String json =
        "{\"buckets\": [[\"a\", \"f\", 0.5, 120], [\"g\", \"z\", 1.0, 80]], \"null-values\": 0.0,"
            + " \"histogram-type\": \"equi-height\"}";
    assertThat(MySqlHistogram.parse(json).distinctValues()).isEqualTo(200);
  }

  @Test
  void anythingElseIsUnknownNotAnError() {
    assertThat(MySqlHistogram.parse("not json").distinctValues()).isNaN();
    assertThat(MySqlHistogram.parse("{\"histogram-type\": \"future\"}").distinctValues()).isNaN();
  }
}
