package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.fixtures.SilentListener;
import io.queryscope.fixtures.SilentListener.Behaviour;
import org.junit.jupiter.api.Test;

/**
 * A port that takes the TCP connection and never answers the login: the run ends with exit 3 within
 * the connect timeout (2 s here), naming the server. No database needed.
 */
class SilentServerTest {

  /** Generous: it only catches waiting on some other, longer limit (pgjdbc had none: forever). */
  private static final long BOUND_MS = 15_000;

  private static final String NEVER_ANSWERED =
      " accepted the connection but never answered the login within 2s (--connect-timeout);"
          + " it is not a ";

  @Test
  void postgresUrlOnASilentPortEndsWithinTheConnectTimeout() throws Exception {
    String err = runAgainst(Behaviour.SILENT, "jdbc:postgresql");
    assertThat(err).endsWith(NEVER_ANSWERED + "PostgreSQL server, or it is overloaded");
  }

  @Test
  void mysqlUrlOnASilentPortEndsWithinTheConnectTimeout() throws Exception {
    String err = runAgainst(Behaviour.SILENT, "jdbc:mysql");
    assertThat(err).endsWith(NEVER_ANSWERED + "MySQL or MariaDB server, or it is overloaded");
  }

  @Test
  void postgresUrlOnAPortThatReadsAndHangsUpSaysSo() throws Exception {
    String err = runAgainst(Behaviour.READ_THEN_CLOSE, "jdbc:postgresql");
    assertThat(err)
        .endsWith(
            " accepted the connection and closed it during the login; it is not a PostgreSQL"
                + " server, or it turned queryscope away (check its logs)");
  }

  /** MySQL clients wait for the server to speak first, so a reader that hangs up never does. */
  @Test
  void mysqlUrlOnAPortThatWaitsToReadEndsWithinTheConnectTimeout() throws Exception {
    String err = runAgainst(Behaviour.READ_THEN_CLOSE, "jdbc:mysql");
    assertThat(err).endsWith(NEVER_ANSWERED + "MySQL or MariaDB server, or it is overloaded");
  }

  /**
   * Runs analyze against a listener with a 2 s connect timeout; checks exit 3, one line naming the
   * listener, and the bound; returns that line.
   */
  private static String runAgainst(Behaviour behaviour, String scheme) throws Exception {
    try (SilentListener listener = SilentListener.start(behaviour)) {
      String url = scheme + "://127.0.0.1:" + listener.port() + "/shop";
      long start = System.nanoTime();
      Cli.Result r = Cli.run("analyze", "--url", url, "--connect-timeout", "2s");
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(r.exit()).as(r.toString()).isEqualTo(3);
      assertThat(millis).as("ran for %d ms: %s", millis, r).isLessThan(BOUND_MS);
      String err = r.err().strip();
      assertThat(err.lines()).as(r.toString()).hasSize(1);
      assertThat(err).startsWith("queryscope: the server at 127.0.0.1:" + listener.port() + " ");
      assertThat(listener.accepted()).isPositive();
      return err;
    }
  }
}
