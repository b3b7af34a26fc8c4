package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.capture.CaptureSettings;
import io.queryscope.core.events.CallSite;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the {@code jdbc:queryscope:} driver is found and configured when the application cannot
 * change code: {@code queryscope.properties} on the class path, {@code queryscope.*} system
 * properties over it, and {@code META-INF/services/java.sql.Driver}.
 */
class DriverSettingsTest {

  /** A class-path directory of this test's own, holding only its queryscope.properties. */
  @TempDir Path classPath;

  private final Map<String, String> systemBefore = new HashMap<>();

  @BeforeEach
  void rememberSystemProperties() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(DriverSettings.PREFIX)) {
        systemBefore.put(key, System.getProperty(key));
      }
    }
  }

  @AfterEach
  void restoreSystemProperties() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith(DriverSettings.PREFIX) && !systemBefore.containsKey(key)) {
        System.clearProperty(key);
      }
    }
    systemBefore.forEach(System::setProperty);
  }

  @Test
  void theFileOnTheClassPathConfiguresTheDriverAndSystemPropertiesOverrideIt() throws IOException {
    writeProperties(
        "queryscope.ringSize = 321",
        "queryscope.callerFrames = 1",
        "queryscope.frameFilters = com.acme.db. , org.example.dao.",
        "queryscope.leakThreshold = 5s",
        "queryscope.keepBinds = false",
        "queryscope.export = build/events.jsonl",
        "queryscope.exportBinds = yes");
    System.setProperty("queryscope.ringSize", "654");
    System.setProperty("queryscope.exportLiterals", "on");

    DriverSettings settings = onClassPath(DriverSettings::load);

    CaptureSettings capture = settings.builder().build().recorder().settings();
    assertThat(capture.ringSize()).as("the system property wins").isEqualTo(654);
    assertThat(capture.callerFrames()).isEqualTo(1);
    assertThat(capture.frameFilters())
        .as("the file's prefixes come after the defaults, trimmed")
        .startsWith(CaptureSettings.DEFAULT_FRAME_FILTERS.toArray(String[]::new))
        .endsWith("com.acme.db.", "org.example.dao.")
        .hasSize(CaptureSettings.DEFAULT_FRAME_FILTERS.size() + 2);
    assertThat(capture.leakThreshold()).isEqualTo(Duration.ofSeconds(5));
    assertThat(capture.keepBinds()).isFalse();
    assertThat(settings.export()).isEqualTo(Path.of("build/events.jsonl"));
    assertThat(settings.exportOptions()).isEqualTo(new ExportOptions(true, true));
  }

  @Test
  void withNeitherFileNorPropertiesTheDefaultsApply() {
    DriverSettings settings = onClassPath(DriverSettings::load);

    CaptureSettings capture = settings.builder().build().recorder().settings();
    CaptureSettings defaults = QueryScope.create().recorder().settings();
    assertThat(capture.ringSize()).isEqualTo(defaults.ringSize()).isEqualTo(10_000);
    assertThat(capture.callerFrames()).isEqualTo(defaults.callerFrames()).isEqualTo(3);
    assertThat(capture.frameFilters()).isEqualTo(CaptureSettings.DEFAULT_FRAME_FILTERS);
    assertThat(settings.export()).isNull();
    assertThat(settings.exportOptions()).isEqualTo(ExportOptions.REDACTED);
  }

  @Test
  void aValueTheFileGetsWrongIsNamedWithTheFix() throws IOException {
    writeProperties("queryscope.callerFrames = many");
    assertThatThrownBy(() -> onClassPath(DriverSettings::load))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage(
            "queryscope.callerFrames=many is not a whole number; set e.g."
                + " queryscope.callerFrames=10000")
        .satisfies(e -> assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.USAGE));

    writeProperties("queryscope.callerFrames = 99");
    assertThatThrownBy(() -> onClassPath(DriverSettings::load))
        .isInstanceOf(QueryScopeException.class)
        .hasMessage("callerFrames must be between 0 and 64, was 99");

    writeProperties("queryscope.frameFilters = com.acme.db., ,org.example.");
    assertThatThrownBy(() -> onClassPath(DriverSettings::load))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageStartingWith("frame filter prefixes must not be blank");

    writeProperties("queryscope.ringSize = \\u12");
    assertThatThrownBy(() -> onClassPath(DriverSettings::load))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageStartingWith("queryscope.properties on the class path could not be read: ");
  }

  @Test
  void javaSqlDriverServicesNameTheQueryscopeDriver() throws SQLException {
    List<Class<? extends Driver>> drivers =
        ServiceLoader.load(Driver.class).stream().map(ServiceLoader.Provider::type).toList();
    assertThat(drivers).contains(QueryScopeDriver.class, org.postgresql.Driver.class);
    Driver loaded =
        ServiceLoader.load(Driver.class).stream()
            .filter(p -> p.type() == QueryScopeDriver.class)
            .findFirst()
            .orElseThrow()
            .get();
    assertThat(loaded.acceptsURL("jdbc:queryscope:postgresql://localhost/shop")).isTrue();
    assertThat(DriverManager.getDriver("jdbc:queryscope:mysql://localhost/shop"))
        .isInstanceOf(QueryScopeDriver.class);
  }

  /**
   * The two keys that decide the call site, on a real server: the data-access class a frame filter
   * names is passed over, so the site is this test's line, and one caller frame is kept above it.
   */
  @Test
  @PostgresTest
  void frameFilterAndCallerFrameKeysDecideTheCallSite(TestDatabase db) throws Exception {
    writeProperties(
        "queryscope.frameFilters = " + Dao.class.getName(), "queryscope.callerFrames = 1");
    QueryScope configured = onClassPath(DriverSettings::load).builder().build();
    QueryScope defaults = QueryScope.create();

    int line = SourceLine.of(Dao.selectOne(configured.wrap(db.dataSource())));
    Dao.selectOne(defaults.wrap(db.dataSource()));

    CallSite site = configured.events().statements().get(0).callSite();
    assertThat(site.className()).isEqualTo(DriverSettingsTest.class.getName());
    assertThat(site.methodName()).isEqualTo("frameFilterAndCallerFrameKeysDecideTheCallSite");
    assertThat(site.fileName()).isEqualTo("DriverSettingsTest.java");
    assertThat(site.lineNumber()).isEqualTo(line);
    // Above the test method, past reflection (a default filter), JUnit invokes it.
    assertThat(site.callers()).singleElement().asString().startsWith("org.junit.");
    CallSite unfiltered = defaults.events().statements().get(0).callSite();
    assertThat(unfiltered.className()).isEqualTo(Dao.class.getName());
    assertThat(unfiltered.lineNumber()).isEqualTo(Dao.line);
    assertThat(unfiltered.callers()).hasSize(3);
  }

  /** A data-access layer of the application, which a frame filter can pass over. */
  static final class Dao {
    static int line;

    static int selectOne(DataSource ds) throws SQLException {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        line = SourceLine.of(s.execute("select 1"));
        try (ResultSet rs = s.getResultSet()) {
          assertThat(rs.next()).isTrue();
          return rs.getInt(1);
        }
      }
    }
  }

  private void writeProperties(String... lines) throws IOException {
    Files.write(
        classPath.resolve(DriverSettings.FILE), List.of(lines), StandardCharsets.ISO_8859_1);
  }

  /** Runs {@code load} with only {@link #classPath} on the context class path. */
  private <T> T onClassPath(Supplier<T> load) {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {url(classPath)}, null)) {
      thread.setContextClassLoader(loader);
      return load.get();
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  private static URL url(Path dir) {
    try {
      return dir.toUri().toURL();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
