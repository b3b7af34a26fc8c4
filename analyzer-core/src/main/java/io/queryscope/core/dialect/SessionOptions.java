package io.queryscope.core.dialect;

import java.time.Duration;

/**
 * Limits every analyzer statement runs under.
 *
 * @param allowTransactionalWhatIf the user asked for CREATE INDEX inside a rolled-back transaction
 */
public record SessionOptions(
    Duration statementTimeout, Duration lockTimeout, boolean allowTransactionalWhatIf) {

  public static final SessionOptions DEFAULTS =
      new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), false);
}
