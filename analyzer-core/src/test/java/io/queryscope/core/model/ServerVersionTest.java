package io.queryscope.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerVersionTest {

  @Test
  void readsPostgresAndMariaDbVersionTexts() {
    assertThat(ServerVersion.parse("PostgreSQL 17.5 on x86_64-pc-linux-gnu"))
        .extracting(ServerVersion::major, ServerVersion::minor)
        .containsExactly(17, 5);
    ServerVersion maria = ServerVersion.parse("10.11.19-MariaDB-0+deb12u1");
    assertThat(maria.atLeast(10, 6)).isTrue();
    assertThat(maria.atLeast(11)).isFalse();
    assertThat(maria.patch()).isEqualTo(19);
  }

  @Test
  void ordersByNumbersNotText() {
    assertThat(ServerVersion.parse("9.6").compareTo(ServerVersion.parse("13.1"))).isNegative();
    assertThat(ServerVersion.parse("8.0.18").atLeast(8, 0, 18)).isTrue();
    assertThat(ServerVersion.parse("8.0.17").atLeast(8, 0, 18)).isFalse();
  }

  @Test
  void unknownTextIsNotAnError() {
    assertThat(ServerVersion.parse("no digits here").major()).isZero();
    assertThat(ServerVersion.parse(null)).isEqualTo(ServerVersion.UNKNOWN);
  }
}
