package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which timeouts each driver gets, and when a URL's own value wins. */
class DriverTimeoutsTest {

  private static final Timeouts TIMEOUTS =
      new Timeouts(Duration.ofSeconds(4), Duration.ofSeconds(20));

  @Test
  void postgresGetsSecondsAndHalfTheConnectTimeoutPerLoginRead() {
    DriverTimeouts t = DriverTimeouts.of("jdbc:postgresql://127.0.0.1:5432/shop", TIMEOUTS);
    assertThat(t.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/shop");
    assertThat(t.properties())
        .containsEntry("connectTimeout", "4")
        .containsEntry("loginTimeout", "5")
        .containsEntry("socketTimeout", "2")
        .containsEntry("tcpKeepAlive", "true");
    assertThat(t.answer()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void mysqlGetsMilliseconds() {
    DriverTimeouts t =
        DriverTimeouts.of(
            "jdbc:mysql://127.0.0.1:3306/shop",
            new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(20)));
    assertThat(t.properties())
        .containsEntry("connectTimeout", "1500")
        .containsEntry("socketTimeout", "1500")
        .doesNotContainKey("loginTimeout");
    assertThat(t.answer()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aShorterTimeoutInTheUrlWins() {
    DriverTimeouts t =
        DriverTimeouts.of(
            "jdbc:postgresql://127.0.0.1/shop?connectTimeout=2&ApplicationName=x&socketTimeout=3",
            TIMEOUTS);
    assertThat(t.url()).isEqualTo("jdbc:postgresql://127.0.0.1/shop?ApplicationName=x");
    assertThat(t.properties())
        .containsEntry("connectTimeout", "2")
        .containsEntry("loginTimeout", "5")
        .containsEntry("socketTimeout", "1");
    assertThat(t.answer()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void aLongerOrUnlimitedTimeoutInTheUrlDoesNot() {
    DriverTimeouts t =
        DriverTimeouts.of(
            "jdbc:mysql://127.0.0.1/shop?SOCKETTIMEOUT=0&connectTimeout=600000&useSSL=false",
            TIMEOUTS);
    assertThat(t.url()).isEqualTo("jdbc:mysql://127.0.0.1/shop?useSSL=false");
    assertThat(t.properties())
        .containsEntry("connectTimeout", "4000")
        .containsEntry("socketTimeout", "4000");
    assertThat(t.answer()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void secondsRoundUpSoASubSecondTimeoutIsNeverUnlimited() {
    DriverTimeouts t =
        DriverTimeouts.of(
            "jdbc:postgresql://127.0.0.1/shop",
            new Timeouts(Duration.ofMillis(300), Duration.ofSeconds(1)));
    assertThat(t.properties())
        .containsEntry("connectTimeout", "1")
        .containsEntry("loginTimeout", "2");
  }
}
