package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.sql.Fingerprinter;
import org.junit.jupiter.api.Test;

/** Digest texts as MariaDB 10.11 prints them, against the SQL an application sent. */
class MySqlDigestTextTest {

  private static void sameFingerprint(String digest, String sql) {
    assertThat(MySqlDigestText.fingerprint(digest).normalized())
        .isEqualTo(Fingerprinter.fingerprint(sql).normalized());
    assertThat(MySqlDigestText.fingerprint(digest).id())
        .isEqualTo(Fingerprinter.fingerprint(sql).id());
  }

  @Test
  void backticksKeywordCaseAndSpacing() {
    sameFingerprint(
        "SELECT `t` . * , `u` . `c` FROM `t` JOIN `u` ON `u` . `t_id` = `t` . `id` WHERE `u` . `c` > ? ORDER BY `t` . `b` LIMIT ? ",
        "select t.*, u.c from t join u on u.t_id = t.id where u.c > 3 order by t.b limit 5");
    sameFingerprint(
        "SELECT * FROM `t` WHERE ID IN (...) AND `b` = ? ",
        "select * from t where id in (1,2,3) and b = 'x'");
    sameFingerprint("SELECT COUNT ( * ) FROM `orders`", "select count(*) from orders");
  }

  @Test
  void multiRowValuesBecomeOneRowOfTheColumnListsArity() {
    sameFingerprint(
        "INSERT INTO `t` ( `a` , `b` ) VALUES (...) /* , ... */ ",
        "insert into t (a, b) values (1, 'x'), (2, 'y')");
    sameFingerprint(
        "INSERT INTO `t` ( `a` , `b` ) VALUES (...) ", "insert into t (a, b) values (?, ?)");
  }

  @Test
  void literalRunsAndNegativeNumbers() {
    sameFingerprint("SELECT * FROM `t` LIMIT ?, ... ", "select * from t limit 10, 5");
    sameFingerprint("SELECT * FROM `t` WHERE ID = - ? ", "select * from t where id = -1");
  }

  @Test
  void truncatedDigestsAreRecognised() {
    assertThat(
            MySqlDigestText.truncated("SELECT `a` , `b` , `c` FROM `t` WHERE `a` = ? AND `b` ..."))
        .isTrue();
    assertThat(MySqlDigestText.truncated("SELECT * FROM `t` WHERE `a` IN (...) ")).isFalse();
    assertThat(MySqlDigestText.truncated("SELECT * FROM `t` LIMIT ?, ... ")).isFalse();
  }
}
