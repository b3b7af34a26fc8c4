package io.queryscope.cli.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.cli.Cli;
import io.queryscope.core.plan.Operation;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineJson;
import io.queryscope.regression.BaselineStatement;
import io.queryscope.regression.RecordedNode;
import io.queryscope.regression.RecordedPlan;
import io.queryscope.regression.StatementSpec;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every URL form × every way connecting fails × {@code --verbose} on and off × every command that
 * takes {@code --url}, against the machine's PostgreSQL (127.0.0.1:5432, trust auth) and MariaDB
 * (127.0.0.1:3306, no TLS): the password never shows, the exit code is 3 (2 for a URL queryscope
 * refuses), and the error is one line naming the problem.
 *
 * <p>"Unknown host" is left out: every driver resolves a host name before failing, and the tests
 * resolve no names.
 */
@Tag("postgres")
@Tag("mysql")
class SecretsSweepTest {

  private static final String PW = "Zq9-SECRET-7";

  /** The surefire configuration sets it, so {@code --password-env} is read as a user would. */
  private static final String ENV = "QUERYSCOPE_SECRETS_SWEEP_PASSWORD";

  @TempDir static Path dir;
  private static Path queries;
  private static Path baseline;
  private static int closedPort;

  /** How a URL carries the password; {@code %h} host:port, {@code %u} user, {@code %x} extras. */
  enum Form {
    PG_QUERY("jdbc:postgresql://%h/test?user=%u&password=" + PW + "%x", true),
    PG_USER_INFO("jdbc:postgresql://%u:" + PW + "@%h/test?x=1%x", true),
    MYSQL_USER_INFO("jdbc:mysql://%u:" + PW + "@%h/test?x=1%x", false),
    MYSQL_SEMICOLON("jdbc:mysql://%h/test?user=%u;password=" + PW + "%x", false),
    MYSQL_BLOCK(
        "jdbc:mysql://address=(host=%H)(port=%P)(user=%u)(password=" + PW + ")/test?x=1%x", false),
    MARIADB_QUERY("jdbc:mariadb://%h/test?user=%u&password=" + PW + "%x", false),
    PG_PASSWORD_ENV("jdbc:postgresql://%h/test?user=%u%x", true),
    MYSQL_PASSWORD_ENV("jdbc:mysql://%h/test?user=%u%x", false);

    final String pattern;
    final boolean postgres;

    Form(String pattern, boolean postgres) {
      this.pattern = pattern;
      this.postgres = postgres;
    }

    String url(String host, String port, String user, String extra) {
      return pattern
          .replace("%h", host + ":" + port)
          .replace("%H", host)
          .replace("%P", port)
          .replace("%u", user)
          .replace("%x", extra);
    }

    boolean passwordFromEnv() {
      return name().endsWith("PASSWORD_ENV");
    }
  }

  /** How connecting fails. */
  enum Failure {
    PORT_NOT_A_NUMBER,
    PORT_OUT_OF_RANGE,
    REFUSED,
    AUTHENTICATION,
    TLS_REQUIRED;

    String url(Form form) {
      String port =
          switch (this) {
            case PORT_NOT_A_NUMBER -> "notaport";
            case PORT_OUT_OF_RANGE -> "99999";
            case REFUSED -> String.valueOf(closedPort);
            default -> form.postgres ? "5432" : "3306";
          };
      // A role the trust-auth PostgreSQL does not have; a MariaDB user that does not exist.
      String user =
          this == AUTHENTICATION ? "secrets_sweep_nobody" : form.postgres ? "postgres" : "root";
      String extra =
          this != TLS_REQUIRED
              ? ""
              : form.postgres
                  ? "&sslmode=require"
                  : form == Form.MYSQL_SEMICOLON
                      ? "&useSSL=true&requireSSL=true"
                      : "&sslMode=REQUIRED";
      return form.url("127.0.0.1", port, user, extra);
    }
  }

  @BeforeAll
  static void files() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    queries = Files.writeString(dir.resolve("q.sql"), "select 1;\n");
    RecordedNode scan =
        new RecordedNode(
            Operation.FULL_SCAN,
            "Seq Scan",
            "t",
            null,
            null,
            null,
            null,
            1,
            1,
            Double.NaN,
            -1,
            false,
            List.of());
    Baseline recorded =
        new Baseline(
            "dev",
            "postgresql",
            "15",
            false,
            1,
            List.of(
                new BaselineStatement(
                    new StatementSpec("q.sql#1", "select 1", List.of(), null),
                    RecordedPlan.of(scan, false, null))));
    baseline = Files.writeString(dir.resolve("baseline.json"), BaselineJson.write(recorded));
  }

  static Stream<Arguments> sweep() {
    List<Arguments> all = new ArrayList<>();
    for (Form form : Form.values()) {
      for (Failure failure : Failure.values()) {
        for (String command : List.of("analyze", "explain", "plans record", "plans check")) {
          for (boolean verbose : new boolean[] {false, true}) {
            all.add(Arguments.of(form, failure, command, verbose));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} verbose={3}")
  @MethodSource("sweep")
  void thePasswordNeverShows(Form form, Failure failure, String command, boolean verbose) {
    String url = failure.url(form);
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--url", url));
    if (form.passwordFromEnv()) {
      args.addAll(List.of("--password-env", ENV));
    }
    switch (command) {
      case "explain" -> args.add("select 1");
      case "plans record" ->
          args.addAll(
              List.of(
                  "--queries", queries.toString(), "--out", dir.resolve("out.json").toString()));
      case "plans check" -> args.addAll(List.of("--baseline", baseline.toString()));
      default -> {}
    }
    if (verbose) {
      args.add("--verbose");
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));

    assertThat(System.getenv(ENV)).as("surefire sets " + ENV).isEqualTo(PW);
    assertThat(r.out() + r.err()).as(r.toString()).doesNotContain(PW).doesNotContain("SECRET");
    int expectedExit = form == Form.PG_USER_INFO ? 2 : 3;
    assertThat(r.exit()).as(r.toString()).isEqualTo(expectedExit);
    List<String> problems =
        r.err()
            .lines()
            .filter(l -> l.startsWith("queryscope") && !l.contains("connecting to"))
            .toList();
    assertThat(problems).as(r.toString()).hasSize(1);
    assertThat(problems.get(0)).as(r.toString()).containsAnyOf(expectedProblem(form, failure));
    if (verbose) {
      assertThat(r.err()).as(r.toString()).contains("\tat ");
    } else {
      assertThat(r.err().strip().lines()).as(r.toString()).hasSize(1);
      assertThat(r.err()).doesNotContain("\tat ");
    }
  }

  /** What the one line must name, for each failure. */
  private static String[] expectedProblem(Form form, Failure failure) {
    if (form == Form.PG_USER_INFO) {
      return new String[] {"takes no user:password@"};
    }
    if (form == Form.MARIADB_QUERY) {
      return new String[] {"is not a supported JDBC URL"};
    }
    return switch (failure) {
      case PORT_NOT_A_NUMBER, PORT_OUT_OF_RANGE ->
          new String[] {"the port is not a number from 1 to 65535"};
      case REFUSED -> new String[] {"connection refused"};
      case AUTHENTICATION -> new String[] {"authentication failed for user 'secrets_sweep_nobody'"};
      case TLS_REQUIRED -> new String[] {"the URL requires TLS and the server does not offer it"};
    };
  }
}
