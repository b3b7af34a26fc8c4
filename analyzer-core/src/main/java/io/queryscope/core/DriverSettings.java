package io.queryscope.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * How the {@code jdbc:queryscope:} driver is configured when the application cannot change code:
 * system properties {@code queryscope.*}, else the same keys in a {@code queryscope.properties} on
 * the class path. A value that cannot be read fails with one line naming the key and what to set.
 *
 * @param export where to write events at JVM exit; null for nowhere
 */
record DriverSettings(QueryScope.Builder builder, Path export, ExportOptions exportOptions) {

  static final String PREFIX = "queryscope.";
  static final String FILE = "queryscope.properties";

  /** System properties over {@code queryscope.properties} from the class path. */
  static DriverSettings load() {
    Properties merged = new Properties();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DriverSettings.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(FILE)) {
      if (in != null) {
        merged.load(in);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE, FILE + " on the class path could not be read: " + e.getMessage(), e);
    }
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        merged.setProperty(key, System.getProperty(key));
      }
    }
    return from(merged);
  }

  static DriverSettings from(Properties p) {
    QueryScope.Builder b = QueryScope.builder();
    for (String key : p.stringPropertyNames()) {
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      String value = p.getProperty(key).trim();
      switch (key.substring(PREFIX.length())) {
        case "callSites" -> b.callSites(bool(key, value));
        case "exactCallSites" -> b.exactCallSites(bool(key, value));
        case "frameFilters" -> b.frameFilters(value.split("\\s*,\\s*"));
        case "callerFrames" -> b.callerFrames(number(key, value));
        case "ringSize" -> b.ringSize(number(key, value));
        case "maxFingerprints" -> b.maxFingerprints(number(key, value));
        case "maxSqlTexts" -> b.maxSqlTexts(number(key, value));
        case "keepBinds" -> b.keepBinds(bool(key, value));
        case "connectionStacks" -> b.connectionStacks(bool(key, value));
        case "leakThreshold" -> b.leakThreshold(duration(key, value));
        case "export", "exportBinds", "exportLiterals" -> {
          // Read below.
        }
        default ->
            throw new QueryScopeException(
                ErrorCode.USAGE,
                "unknown setting "
                    + key
                    + "; known: callSites, exactCallSites, frameFilters, callerFrames, ringSize,"
                    + " maxFingerprints, maxSqlTexts, keepBinds, connectionStacks, leakThreshold,"
                    + " export, exportBinds, exportLiterals");
      }
    }
    String export = p.getProperty(PREFIX + "export");
    ExportOptions options =
        new ExportOptions(
            bool(PREFIX + "exportBinds", p.getProperty(PREFIX + "exportBinds", "false")),
            bool(PREFIX + "exportLiterals", p.getProperty(PREFIX + "exportLiterals", "false")));
    return new DriverSettings(
        b, export == null || export.isBlank() ? null : Path.of(export.trim()), options);
  }

  private static boolean bool(String key, String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default ->
          throw new QueryScopeException(
              ErrorCode.USAGE, key + "=" + value + " is not true or false; set " + key + "=true");
    };
  }

  private static int number(String key, String value) {
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          key + "=" + value + " is not a whole number; set e.g. " + key + "=10000");
    }
  }

  /** {@code 60s}, {@code 500ms}, {@code 2m}, an ISO-8601 {@code PT1M}, or plain milliseconds. */
  private static Duration duration(String key, String value) {
    try {
      return Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          key + "=" + value + " is not a duration; set e.g. " + key + "=60s (or 500ms, 2m, PT1M)");
    }
  }
}
