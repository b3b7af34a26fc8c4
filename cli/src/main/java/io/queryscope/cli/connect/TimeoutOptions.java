package io.queryscope.cli.connect;

import io.queryscope.core.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --connect-timeout} and {@code --statement-timeout}, on every command that takes --url. */
final class TimeoutOptions {

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = PositiveDuration.class,
      description =
          "Give up connecting and logging in after this long (default ${DEFAULT-VALUE}; 500ms,"
              + " 10s, 2m).")
  Duration connect;

  @Option(
      names = "--statement-timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = PositiveDuration.class,
      description =
          "Server-side limit on each analyzer statement (default ${DEFAULT-VALUE}); a server"
              + " silent for 10s longer ends the run.")
  Duration statement;

  Timeouts timeouts() {
    return new Timeouts(
        connect == null ? Timeouts.DEFAULTS.connect() : connect,
        statement == null ? Timeouts.DEFAULTS.statement() : statement);
  }

  /** A duration above zero: queryscope never waits without a limit. */
  static final class PositiveDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration d;
      try {
        d = Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a duration; use e.g. 10s, 500ms or 2m");
      }
      if (d.isNegative() || d.isZero()) {
        throw new TypeConversionException(
            "'" + value + "': use a duration above zero; queryscope never waits without a limit");
      }
      return d;
    }
  }
}
