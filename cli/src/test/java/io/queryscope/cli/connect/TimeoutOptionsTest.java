package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.core.dialect.SessionOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** --connect-timeout and --statement-timeout: on every command with --url, defaults in --help. */
class TimeoutOptionsTest {

  @Test
  void everyCommandThatConnectsShowsBothDefaultsInItsHelp() {
    for (String[] command :
        new String[][] {{"analyze"}, {"explain"}, {"plans", "record"}, {"plans", "check"}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      Cli.Result r = Cli.run(args);
      assertThat(r.exit()).as(r.toString()).isZero();
      assertThat(r.out().replaceAll("\\s+", " "))
          .as(String.join(" ", command))
          .contains(
              "--connect-timeout=DURATION Give up connecting and logging in after this long (default 10s;")
          .contains(
              "--statement-timeout=DURATION Server-side limit on each analyzer statement (default 30s)");
    }
  }

  @Test
  void theHelpDefaultsAreTheDefaultsInForce() {
    assertThat(Timeouts.DEFAULTS.connect()).isEqualTo(Duration.ofSeconds(10));
    assertThat(Timeouts.DEFAULTS.statement())
        .isEqualTo(SessionOptions.DEFAULTS.statementTimeout())
        .isEqualTo(Duration.ofSeconds(30));
    TimeoutOptions parsed = new TimeoutOptions();
    picocli.CommandLine cli = new picocli.CommandLine(new Holder());
    cli.parseArgs();
    assertThat(((Holder) cli.getCommand()).options.timeouts()).isEqualTo(Timeouts.DEFAULTS);
    assertThat(parsed.timeouts()).isEqualTo(Timeouts.DEFAULTS);
  }

  @Test
  void aTimeoutOfZeroIsAUsageError() {
    Cli.Result r =
        Cli.run("analyze", "--url", "jdbc:postgresql://127.0.0.1:1/x", "--connect-timeout", "0s");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("use a duration above zero");
  }

  @Test
  void aWordThatIsNoDurationIsAUsageError() {
    Cli.Result r =
        Cli.run(
            "explain",
            "--url",
            "jdbc:postgresql://127.0.0.1:1/x",
            "--statement-timeout",
            "soon",
            "select 1");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("'soon' is not a duration; use e.g. 10s, 500ms or 2m");
  }

  @picocli.CommandLine.Command
  static final class Holder {
    @picocli.CommandLine.Mixin TimeoutOptions options;
  }
}
