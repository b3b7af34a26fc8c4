package io.queryscope.core;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the durations users type: {@code 60s}, {@code 500ms}, {@code 2m}, an ISO-8601 {@code PT1M},
 * or plain milliseconds. One reader, so the driver's properties and the CLI's options agree.
 */
public final class Durations {

  private Durations() {}

  /**
   * The duration {@code text} spells.
   *
   * @throws IllegalArgumentException when it spells none
   */
  public static Duration parse(String text) {
    String v = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.startsWith("pt")) {
        return Duration.parse(v.toUpperCase(Locale.ROOT));
      }
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).trim()));
      }
      if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).trim()));
      }
      if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1).trim()));
      }
      return Duration.ofMillis(Long.parseLong(v));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration", e);
    }
  }

  /** {@code 10s}, {@code 1500ms}, {@code 2m}: how a duration shows in messages and help. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0 && ms >= 60_000) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}
