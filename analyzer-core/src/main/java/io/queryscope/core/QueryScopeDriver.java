package io.queryscope.core;

import io.queryscope.core.capture.Recorder;
import io.queryscope.core.model.RedactedUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The {@code jdbc:queryscope:} URL form, for applications that cannot change code: {@code
 * jdbc:queryscope:postgresql://host/db} opens {@code jdbc:postgresql://host/db} with the real
 * driver and captures it in one JVM-wide scope ({@link #scope()}), configured by {@code
 * queryscope.*} system properties or a {@code queryscope.properties} on the class path (see
 * docs/capture.md). With {@code queryscope.export=events.jsonl} the events are written there when
 * the JVM exits. Registered through {@code META-INF/services/java.sql.Driver}.
 */
public final class QueryScopeDriver implements Driver {

  /** What this driver's URLs start with; the rest, after {@code jdbc:}, is the real URL. */
  public static final String PREFIX = "jdbc:queryscope:";

  private static final System.Logger LOG = System.getLogger("io.queryscope.capture");

  static {
    try {
      DriverManager.registerDriver(new QueryScopeDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static volatile QueryScope global;

  /**
   * The JVM-wide scope every {@code jdbc:queryscope:} connection is captured in, created from the
   * settings on first use.
   *
   * @throws QueryScopeException (USAGE) when a {@code queryscope.*} setting cannot be read
   */
  public static QueryScope scope() {
    QueryScope scope = global;
    if (scope == null) {
      synchronized (QueryScopeDriver.class) {
        if (global == null) {
          global = createGlobal();
        }
        scope = global;
      }
    }
    return scope;
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String real = realUrl(url);
    Driver driver = DriverManager.getDriver(real);
    QueryScope scope;
    try {
      scope = scope();
    } catch (QueryScopeException e) {
      throw new SQLException("queryscope is misconfigured: " + e.getMessage(), "08001", e);
    }
    Recorder recorder = scope.recorder();
    long start = recorder.settings().ticker().read();
    Connection connection = driver.connect(real, info);
    if (connection == null) {
      throw new SQLException(
          "no driver accepted " + RedactedUrl.of(real) + " (from " + RedactedUrl.of(url) + ")",
          "08001");
    }
    return recorder.wrapConnection(connection, real, start, recorder.settings().ticker().read());
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX) && url.length() > PREFIX.length();
  }

  static String realUrl(String url) {
    return "jdbc:" + url.substring(PREFIX.length());
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return new DriverPropertyInfo[0];
    }
    String real = realUrl(url);
    return DriverManager.getDriver(real).getPropertyInfo(real, info);
  }

  @Override
  public int getMajorVersion() {
    return 0;
  }

  @Override
  public int getMinorVersion() {
    return 1;
  }

  @Override
  public boolean jdbcCompliant() {
    // Compliance is the real driver's: queryscope only watches.
    return false;
  }

  @Override
  public Logger getParentLogger() {
    return Logger.getLogger("io.queryscope");
  }

  /** Writes the global scope's events where queryscope.export says; never throws. */
  static void export(QueryScope scope, Path file, ExportOptions options) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        scope.exportEvents(out, options);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "queryscope: could not export events to " + file + " at exit: " + e.getMessage());
    }
  }

  private static QueryScope createGlobal() {
    DriverSettings settings = DriverSettings.load();
    QueryScope scope = settings.builder().build();
    if (settings.export() != null) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> export(scope, settings.export(), settings.exportOptions()),
                  "queryscope-export"));
    }
    return scope;
  }
}
