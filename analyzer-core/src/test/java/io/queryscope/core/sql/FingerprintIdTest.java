package io.queryscope.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.QueryScopeException;
import org.junit.jupiter.api.Test;

class FingerprintIdTest {

  @Test
  void spellsSixteenLowerCaseHexDigitsZeroPadded() {
    assertThat(FingerprintId.hex(0x1fL)).isEqualTo("000000000000001f");
    assertThat(FingerprintId.of(-1L).hex()).isEqualTo("ffffffffffffffff");
    assertThat(FingerprintId.of(0xABCDEF0123456789L).toString()).isEqualTo("abcdef0123456789");
  }

  @Test
  void agreesWithTheFingerprintersOwnId() {
    Fingerprint f = Fingerprinter.fingerprint("select * from orders where id = 42");
    assertThat(f.hexId()).isEqualTo(FingerprintId.hex(f.id())).hasSize(16);
    assertThat(FingerprintId.parse(f.hexId()).value()).isEqualTo(f.id());
  }

  @Test
  void parsesWhatItWritesAndRefusesTheRest() {
    assertThat(FingerprintId.parse("ffffffffffffffff")).isEqualTo(FingerprintId.of(-1L));
    for (String bad : new String[] {"", "xyz", "+1f", "00000000000000001", null}) {
      assertThatThrownBy(() -> FingerprintId.parse(bad))
          .isInstanceOf(QueryScopeException.class)
          .hasMessageContaining("is not a hexadecimal id");
    }
  }
}
