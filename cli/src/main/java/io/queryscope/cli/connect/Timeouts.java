package io.queryscope.cli.connect;

import io.queryscope.core.dialect.SessionOptions;
import java.time.Duration;

/**
 * How long queryscope waits for a target.
 *
 * @param connect connecting and logging in, together
 * @param statement the server-side limit on each analyzer statement
 */
public record Timeouts(Duration connect, Duration statement) {

  /**
   * How much longer than the statement timeout the client waits for a reply before it decides the
   * server stopped answering: the server needs time to cancel and say so.
   */
  static final Duration ANSWER_MARGIN = Duration.ofSeconds(10);

  public static final Timeouts DEFAULTS =
      new Timeouts(Duration.ofSeconds(10), SessionOptions.DEFAULTS.statementTimeout());

  /** The longest silence allowed on an open session's socket. */
  public Duration answer() {
    return statement.plus(ANSWER_MARGIN);
  }

  /** The session's limits: these timeouts and the default lock timeout. */
  public SessionOptions session(boolean allowTransactionalWhatIf) {
    return new SessionOptions(
        statement, SessionOptions.DEFAULTS.lockTimeout(), allowTransactionalWhatIf);
  }
}
