package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.fixtures.FreezingRelay;
import io.queryscope.fixtures.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real server that stops answering after the session is set up, through a relay that freezes when
 * a marker statement goes out: the run ends with exit 3 and one line saying the server stopped
 * answering, within the statement timeout (2 s) plus the answer margin (10 s) plus generous slack.
 * One subclass per server family.
 */
abstract class FrozenServerContract {

  private static final String STATEMENT_TIMEOUT = "2s";

  /** 12 s of silence is the limit; anything near a minute means another wait won. */
  private static final long BOUND_MS = 40_000;

  /** The database's URL, unencrypted so the relay can see which statement goes out. */
  abstract String plainUrl(TestDatabase db);

  /** A word of the first statement that reads statement statistics, and nothing earlier. */
  abstract String workloadMarker();

  @Test
  void analyzeEndsWhenTheServerFreezesWhileReadingStatistics(TestDatabase db) throws Exception {
    String err = run(db, workloadMarker(), "analyze");
    assertThat(err).endsWith(stoppedAnswering("reading statement statistics"));
  }

  @Test
  void explainEndsWhenTheServerFreezesOnTheExplain(TestDatabase db) throws Exception {
    String err = run(db, "qs_hangs_frozen", "explain", "select 1 as qs_hangs_frozen");
    assertThat(err).endsWith(stoppedAnswering("explaining a statement"));
  }

  /**
   * Runs {@code command} with {@code --url} pointing at a relay in front of the database that
   * freezes on {@code marker}; checks exit 3, the bound and the one line, and returns it.
   */
  private String run(TestDatabase db, String marker, String... command) throws Exception {
    String url = plainUrl(db);
    try (FreezingRelay relay = FreezingRelay.to(url, marker)) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(
          List.of(
              "--url",
              relay.url(url),
              "--user",
              db.user(),
              "--statement-timeout",
              STATEMENT_TIMEOUT,
              "-q"));
      long start = System.nanoTime();
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(relay.isFrozen()).as("the marker %s was sent: %s", marker, r).isTrue();
      assertThat(r.exit()).as(r.toString()).isEqualTo(3);
      assertThat(millis).as("ran for %d ms: %s", millis, r).isLessThan(BOUND_MS);
      String err = r.err().strip();
      assertThat(err.lines()).as(r.toString()).hasSize(1);
      assertThat(err).startsWith("queryscope: the server at 127.0.0.1:").doesNotContain("raise");
      return err;
    }
  }

  /** {@code url} with a parameter added. */
  static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static String stoppedAnswering(String phase) {
    return " stopped answering for 12s while " + phase + "; check the server and the network";
  }
}
