package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.sql.Fingerprinter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MySQL 8 keeps QUERY_SAMPLE_TEXT: the real statement, which even a cut digest can join on. */
class MySqlDigestSampleTest {

  private static MySqlWorkloadReader.Digest digest(String text, String sample) {
    return new MySqlWorkloadReader.Digest("ab12", text, sample, 1, 1, 1, 0, 0, null, Map.of());
  }

  @Test
  void theSampleWinsOverTheDigestText() {
    String sql = "select * from orders where customer_id = 42 and status in ('a', 'b')";
    var d = digest("SELECT * FROM `orders` WHERE `customer_id` = ? AND `status` IN (...)", sql);
    assertThat(d.fingerprint().id()).isEqualTo(Fingerprinter.fingerprint(sql).id());
  }

  @Test
  void aCutDigestWithoutASampleCannotBeMatched() {
    assertThat(digest("SELECT `a` , `b` FROM `t` WHERE `a` = ? AND ...", null).fingerprint())
        .isNull();
    String sample = "select a, b from t where a = 1 and b = 2";
    assertThat(digest("SELECT `a` , `b` FROM `t` WHERE `a` = ? AND ...", sample).fingerprint().id())
        .isEqualTo(Fingerprinter.fingerprint(sample).id());
  }
}
