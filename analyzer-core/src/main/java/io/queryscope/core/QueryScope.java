package io.queryscope.core;

import io.queryscope.core.capture.CaptureReport;
import io.queryscope.core.capture.CaptureSettings;
import io.queryscope.core.capture.EventsReader;
import io.queryscope.core.capture.EventsWriter;
import io.queryscope.core.capture.Recorder;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.finding.Report;
import io.queryscope.core.workload.Workload;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Captures what an application does through JDBC: wrap its DataSource, run the application, then
 * read the events, the per-fingerprint workload or a report of findings.
 *
 * <pre>{@code
 * QueryScope scope = QueryScope.builder().build();
 * DataSource ds = scope.wrap(hikari);
 * try (UnitOfWork work = scope.unitOfWork("GET /orders")) {
 *   orders.load(ds);
 * }
 * Report report = scope.report();
 * }</pre>
 *
 * <p>Thread-safe. Memory is bounded whatever the workload (see {@link Builder}); a failure inside
 * queryscope never changes what the application's JDBC calls return or throw.
 */
public final class QueryScope implements AutoCloseable {

  private final Recorder recorder;
  // The application's own DataSources, so integrations (the JUnit extension) can EXPLAIN what was
  // captured against the same database without their statements being captured.
  private final List<DataSource> wrapped = new java.util.concurrent.CopyOnWriteArrayList<>();

  private QueryScope(CaptureSettings settings) {
    this.recorder = new Recorder(settings);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A scope with the defaults. */
  public static QueryScope create() {
    return builder().build();
  }

  /**
   * A DataSource whose connections are captured: HikariCP, pgjdbc, Connector/J, anything. When it
   * is a HikariCP pool, the pool's figures are sampled too. Wrapping twice returns the same
   * wrapper.
   */
  public DataSource wrap(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource must not be null");
    DataSource capturing = recorder.wrap(dataSource);
    if (capturing != dataSource && wrapped.stream().noneMatch(d -> d == dataSource)) {
      wrapped.add(dataSource);
    }
    return capturing;
  }

  /** The DataSources given to {@link #wrap(DataSource)}, unwrapped, in the order first wrapped. */
  public List<DataSource> wrappedDataSources() {
    return List.copyOf(wrapped);
  }

  /** Captures one connection the application already holds (its acquisition is not timed). */
  public Connection wrap(Connection connection) {
    Objects.requireNonNull(connection, "connection must not be null");
    return recorder.wrapHeldConnection(connection);
  }

  /** Opens a unit of work on the current thread; close it with try-with-resources. */
  public UnitOfWork unitOfWork(String name) {
    Objects.requireNonNull(name, "unit of work name must not be null");
    return new UnitOfWork(recorder, recorder.openUnit(name));
  }

  /** A snapshot of everything captured so far, for rules. */
  public CapturedEvents events() {
    return recorder.events();
  }

  /** Per-fingerprint totals since start or reset, source {@code PROXY}. */
  public Workload workload() {
    return recorder.workload();
  }

  /**
   * Findings from the captured evidence alone, by the analysis pipeline when it is on the class
   * path ({@code queryscope-analysis}), else by the bare rules there ({@code queryscope-rules});
   * with none, the report is empty and a note says so.
   */
  public Report report() {
    return CaptureReport.of(events(), workload(), recorder.statementCount());
  }

  /** Writes the events as JSON Lines with binds and SQL literals redacted. */
  public void exportEvents(Path file) {
    exportEvents(file, ExportOptions.REDACTED);
  }

  /** Writes the events as JSON Lines, revealing what {@code options} allows. */
  public void exportEvents(Path file, ExportOptions options) {
    Objects.requireNonNull(file, "file must not be null");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      EventsWriter.write(events(), options, out);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "could not write events to "
              + file.toAbsolutePath()
              + ": "
              + e.getMessage()
              + "; give a path in a directory that exists and is writable",
          e);
    }
  }

  /** Writes the events as JSON Lines to {@code out}, which stays open. */
  public void exportEvents(Writer out, ExportOptions options) throws IOException {
    EventsWriter.write(events(), options, out);
  }

  /**
   * Reads events written by {@link #exportEvents}. A line that is not a valid event fails with
   * {@link ErrorCode#MALFORMED_EVENTS}, naming the file and the line.
   */
  public static CapturedEvents importEvents(Path file) {
    return EventsReader.read(file);
  }

  /** Forgets everything captured so far; wrapped DataSources and open units keep working. */
  public void reset() {
    recorder.reset();
  }

  /** Statements captured since start or reset, including those the event ring no longer holds. */
  public long statementCount() {
    return recorder.statementCount();
  }

  /** Failures inside queryscope (a throwing listener, for one) that the application never saw. */
  public long internalFailures() {
    return recorder.internalFailures();
  }

  /** For queryscope's own integrations (the jOOQ listener); not an application API. */
  public Recorder recorder() {
    return recorder;
  }

  /** Stops background pool sampling. Captured data stays readable. */
  @Override
  public void close() {
    recorder.close();
  }

  /** Options of a capture. Every option has a default that suits tests and staging. */
  public static final class Builder {
    private boolean callSites = true;
    private boolean exactCallSites;
    private final List<String> frameFilters =
        new ArrayList<>(CaptureSettings.DEFAULT_FRAME_FILTERS);
    private int callerFrames = 3;
    private int ringSize = 10_000;
    private int maxFingerprints = 2_000;
    private int maxSqlTexts = 10_000;
    private Duration leakThreshold = Duration.ofSeconds(60);
    private boolean keepBinds = true;
    private boolean connectionStacks = true;
    private Duration poolSampleInterval = Duration.ofSeconds(1);
    private Ticker ticker = Ticker.system();
    private Clock clock = Clock.systemUTC();
    private final List<StatementListener> listeners = new ArrayList<>();

    private Builder() {}

    /** Record the application frame that ran each statement (default on). */
    public Builder callSites(boolean on) {
      this.callSites = on;
      return this;
    }

    /**
     * Walk the stack for every statement (about a microsecond each) instead of caching the call
     * site per SQL text (default off; see docs/capture.md for what the cache guarantees).
     */
    public Builder exactCallSites(boolean on) {
      this.exactCallSites = on;
      return this;
    }

    /**
     * More class-name prefixes that are never the call site, on top of JDBC, drivers, pools, ORMs
     * and queryscope: your own data-access layer, for instance ({@code "com.acme.db."}).
     */
    public Builder frameFilters(String... prefixes) {
      for (String prefix : prefixes) {
        if (prefix == null || prefix.isBlank()) {
          throw usage("frame filter prefixes must not be blank; got " + Arrays.toString(prefixes));
        }
        frameFilters.add(prefix);
      }
      return this;
    }

    /** Application frames kept above the call site (default 3). */
    public Builder callerFrames(int frames) {
      if (frames < 0 || frames > 64) {
        throw usage("callerFrames must be between 0 and 64, was " + frames);
      }
      this.callerFrames = frames;
      return this;
    }

    /** Raw statement events kept; older ones are dropped and counted (default 10,000). */
    public Builder ringSize(int events) {
      if (events < 1) {
        throw usage(
            "ringSize must be at least 1, was " + events + "; pass how many events to keep");
      }
      this.ringSize = events;
      return this;
    }

    /** Distinct fingerprints aggregated; the rest share an "other" bucket (default 2,000). */
    public Builder maxFingerprints(int fingerprints) {
      if (fingerprints < 1) {
        throw usage("maxFingerprints must be at least 1, was " + fingerprints);
      }
      this.maxFingerprints = fingerprints;
      this.maxSqlTexts = Math.max(maxSqlTexts, fingerprints);
      return this;
    }

    /** Distinct SQL strings whose fingerprint is cached (default 10,000). */
    public Builder maxSqlTexts(int texts) {
      if (texts < 1) {
        throw usage("maxSqlTexts must be at least 1, was " + texts);
      }
      this.maxSqlTexts = texts;
      return this;
    }

    /** A connection held longer than this is reported with the stack that took it (60 s). */
    public Builder leakThreshold(Duration threshold) {
      if (threshold == null || threshold.isNegative()) {
        throw usage("leakThreshold must be zero or positive, was " + threshold);
      }
      this.leakThreshold = threshold;
      return this;
    }

    /** Remember bind values (default on; exports redact them unless asked). */
    public Builder keepBinds(boolean on) {
      this.keepBinds = on;
      return this;
    }

    /** Record the stack that took each connection, for leak reports (default on). */
    public Builder connectionStacks(boolean on) {
      this.connectionStacks = on;
      return this;
    }

    /** How often a HikariCP pool's figures are sampled (default 1 s; zero: only on acquisition). */
    public Builder poolSampleInterval(Duration interval) {
      if (interval == null || interval.isNegative()) {
        throw usage("poolSampleInterval must be zero or positive, was " + interval);
      }
      this.poolSampleInterval = interval;
      return this;
    }

    /** The source of nanoseconds for durations (tests inject a fake one). */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /** The wall clock for event timestamps. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Called for each completed statement; a listener that throws is counted and ignored. */
    public Builder listener(StatementListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public QueryScope build() {
      return new QueryScope(
          new CaptureSettings(
              callSites,
              exactCallSites,
              frameFilters,
              callerFrames,
              ringSize,
              maxFingerprints,
              maxSqlTexts,
              leakThreshold,
              keepBinds,
              connectionStacks,
              poolSampleInterval,
              ticker,
              clock,
              listeners));
    }

    private static QueryScopeException usage(String message) {
      return new QueryScopeException(ErrorCode.USAGE, message);
    }
  }
}
