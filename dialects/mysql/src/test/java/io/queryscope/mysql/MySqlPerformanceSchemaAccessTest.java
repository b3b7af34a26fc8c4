package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decision behind the workload's notes, for server states this machine cannot be put in. */
class MySqlPerformanceSchemaAccessTest {

  @Test
  void offSaysToTurnItOnInTheConfigAndRestart() {
    var access = new MySqlPerformanceSchemaAccess("OFF", null, null, "'app'@'%'");
    assertThat(access.readable()).isFalse();
    assertThat(access.note())
        .get()
        .asString()
        .contains("performance_schema is OFF")
        .contains("performance_schema=ON")
        .contains("restart");
  }

  @Test
  void aServerWithoutTheVariableIsReportedAsNotAvailable() {
    var access = new MySqlPerformanceSchemaAccess(null, null, null, "'app'@'%'");
    assertThat(access.readable()).isFalse();
    assertThat(access.note()).get().asString().contains("not available");
  }

  @Test
  void notReadableGivesTheGrantForThisAccount() {
    var access =
        new MySqlPerformanceSchemaAccess(
            "ON", null, "SELECT command denied to user 'app'@'localhost'", "'app'@'localhost'");
    assertThat(access.readable()).isFalse();
    assertThat(access.note())
        .get()
        .asString()
        .contains("GRANT SELECT ON performance_schema.* TO 'app'@'localhost';");
  }

  @Test
  void aDisabledDigestConsumerIsReadableButSaysSo() {
    var access = new MySqlPerformanceSchemaAccess("ON", false, null, "'app'@'%'");
    assertThat(access.readable()).isTrue();
    assertThat(access.note()).get().asString().contains("statements_digest");
  }

  @Test
  void onAndReadableSaysNothing() {
    var access = new MySqlPerformanceSchemaAccess("ON", true, null, "'app'@'%'");
    assertThat(access.readable()).isTrue();
    assertThat(access.note()).isEmpty();
  }
}
