package io.queryscope.core.capture;

import io.queryscope.core.StatementListener;
import io.queryscope.core.Ticker;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.PoolSnapshot;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.core.workload.Workload;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The one place captured evidence goes: the JDBC wrappers and the jOOQ listener call it, {@code
 * QueryScope} reads it. Internal to queryscope; applications use {@code QueryScope}.
 *
 * <p>The hot path takes no lock: one atomic increment for the sequence number, a lock-free ring
 * slot, striped adders and an atomic histogram per fingerprint. Every method the wrappers call
 * catches its own failures, so the application's JDBC call always completes as if queryscope were
 * absent.
 */
public final class Recorder {

  private final CaptureSettings settings;
  final Ticker ticker;
  private final Clock clock;
  private final CallSites callSites;
  private final StatementListener[] listeners;
  private final long leakThresholdNanos;
  final boolean keepBinds;
  final Failures failures = new Failures();
  private final ThreadLocal<UnitSpan> currentUnit = new ThreadLocal<>();
  // Units of work open on any thread: while there are none, a statement skips the thread-local.
  private final AtomicInteger openUnits = new AtomicInteger();
  // Ids outlive reset(), so a connection opened before a reset keeps a unique id after it.
  private final AtomicLong connectionIds = new AtomicLong();
  private final AtomicLong transactionIds = new AtomicLong();
  private volatile CaptureState state;
  private final ConnectionSources sources;

  public Recorder(CaptureSettings settings) {
    this.settings = settings;
    this.ticker = settings.ticker();
    this.clock = settings.clock();
    this.callSites = new CallSites(settings);
    this.listeners = settings.listeners().toArray(StatementListener[]::new);
    this.leakThresholdNanos = settings.leakThreshold().toNanos();
    this.keepBinds = settings.keepBinds();
    this.sources = new ConnectionSources(this, settings.poolSampleInterval());
    this.state = newState();
  }

  private CaptureState newState() {
    return new CaptureState(settings, clock.instant(), ticker.read());
  }

  CaptureState currentState() {
    return state;
  }

  public CaptureSettings settings() {
    return settings;
  }

  /**
   * A DataSource whose connections are captured; a recognised pool's figures are sampled. Each
   * DataSource wrapped is a pool of its own in the evidence, and wrapping one again (or its
   * wrapper) returns the same wrapper.
   */
  public DataSource wrap(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (dataSource instanceof CapturingDataSource capturing && capturing.recorder == this) {
      return dataSource;
    }
    return sources.wrap(dataSource);
  }

  /**
   * Wraps a connection the JDBC driver form opened to {@code realUrl} between the two times;
   * connections to one URL (without its parameters) are one pool in the evidence.
   */
  public Connection wrapConnection(
      Connection connection, String realUrl, long startNanos, long endNanos) {
    ConnectionSource source = null;
    try {
      source = sources.forUrl(realUrl);
    } catch (RuntimeException e) {
      failures.record("recording a connection's URL", e);
    }
    return acquired(connection, source, startNanos, endNanos);
  }

  /** Captures a connection the application already held: no acquisition to count or time. */
  public Connection wrapHeldConnection(Connection connection) {
    long now = ticker.read();
    return acquired(connection, null, now, now);
  }

  // ---------------------------------------------------------------- connections

  /** {@code source} is null for a connection the application already held: no acquisition. */
  CapturingConnection acquired(
      Connection connection, ConnectionSource source, long startNanos, long endNanos) {
    ConnectionRecord record = null;
    try {
      CaptureState s = state;
      long acquire = endNanos - startNanos;
      UnitSpan unit = unit();
      record =
          new ConnectionRecord(
              connectionIds.incrementAndGet(),
              source,
              s.epochMicros(startNanos),
              endNanos,
              acquire,
              Thread.currentThread().getName(),
              unit == null ? null : unit.name,
              settings.connectionStacks() ? new Throwable("connection acquired here") : null,
              false);
      if (s.openConnections.size() < CaptureState.MAX_OPEN_CONNECTIONS) {
        s.openConnections.add(record);
      } else {
        // Bounded even when an application leaks every connection; the overflow is counted.
        s.untrackedConnections.increment();
      }
      if (source != null) {
        s.figures(source).acquisition(acquire, false);
        source.acquired(acquire);
      }
    } catch (Throwable t) {
      failures.record("recording a connection", t);
    }
    return new CapturingConnection(connection, this, record);
  }

  void acquireFailed(ConnectionSource source, long startNanos, long endNanos) {
    try {
      CaptureState s = state;
      UnitSpan unit = unit();
      s.figures(source).acquisition(endNanos - startNanos, true);
      s.closedConnections.add(
          new ConnectionRecord(
              0,
              source,
              s.epochMicros(startNanos),
              endNanos,
              endNanos - startNanos,
              Thread.currentThread().getName(),
              unit == null ? null : unit.name,
              null,
              true));
      source.sample();
    } catch (Throwable t) {
      failures.record("recording a failed connection attempt", t);
    }
  }

  void closed(ConnectionRecord record) {
    if (record == null || record.returned()) {
      return;
    }
    try {
      long now = ticker.read();
      if (now - record.acquiredAtNanos <= leakThresholdNanos) {
        record.acquireStack = null;
      }
      record.closedAtNanos = now;
      CaptureState s = state;
      if (s.openConnections.remove(record)) {
        s.closedConnections.add(record);
      }
    } catch (Throwable t) {
      failures.record("recording a connection close", t);
    }
  }

  long nextTransactionId() {
    return transactionIds.incrementAndGet();
  }

  // ---------------------------------------------------------------- statements

  /** The cached entry for a SQL string, or null when that failed (it is looked up again later). */
  SqlInfo sqlInfo(String sql) {
    try {
      return sql == null ? null : state.sqlInfo(sql);
    } catch (Throwable t) {
      failures.record("fingerprinting a statement", t);
      return null;
    }
  }

  /**
   * Records one execution. One that returned rows ({@code awaitsRows}) stays open until its result
   * set is closed ({@link #fetched}); everything else is complete at once.
   *
   * @return the execution, for fetch figures; null when recording failed
   */
  Execution executed(
      CapturingConnection connection,
      String sql,
      SqlInfo known,
      StatementKind kind,
      long startNanos,
      long endNanos,
      Object[] binds,
      int batchSize,
      long rowsAffected,
      boolean awaitsRows,
      Throwable error) {
    if (sql == null) {
      return null;
    }
    try {
      CaptureState s = state;
      SqlInfo info = known != null && known.owner == s ? known : s.sqlInfo(sql);
      long elapsed = endNanos - startNanos;
      UnitSpan unit = unit();
      String unitName = null;
      if (unit != null) {
        unitName = unit.name;
        for (UnitSpan u = unit; u != null; u = u.outer) {
          u.statements++;
        }
      }
      String sqlState = null;
      String message = null;
      if (error != null) {
        // Some drivers quote the whole statement in their message; keep it bounded like SQL.
        message =
            error.getMessage() == null
                ? error.getClass().getName()
                : CutText.cut(error.getMessage(), CaptureState.CUT_SQL_CHARS);
        sqlState = error instanceof SQLException e ? e.getSQLState() : null;
      }
      long number = s.sequence.getAndIncrement();
      Execution execution =
          new Execution(
              number + 1,
              s.epochMicros(startNanos),
              // The cached string, kept once for all its executions, or an uncached one's capped
              // text.
              info.sql,
              info,
              binds,
              kind,
              batchSize,
              elapsed,
              rowsAffected,
              sqlState,
              message,
              connection == null ? 0 : connection.id(),
              connection == null ? 0 : connection.transactionAfter(info.control, error == null),
              Thread.currentThread().getName(),
              unitName,
              awaitsRows && error == null);
      execution.callSite = callSites.resolve(info);
      if (connection != null) {
        connection.statementRan(elapsed);
      }
      FingerprintStats stats = info.stats;
      if (stats.sampleBinds == null && binds != null) {
        stats.sampleBinds = binds;
      }
      stats.executed(elapsed, rowsAffected, error != null);
      s.executions.put(number, execution);
      if (!execution.awaitsRows) {
        complete(execution);
      }
      return execution;
    } catch (Throwable t) {
      failures.record("recording a statement", t);
      return null;
    }
  }

  /**
   * Records a complete statement seen without the JDBC proxy (the jOOQ listener): no connection or
   * transaction is known, everything else is as for a proxied statement.
   */
  public void recordStatement(
      String sql,
      StatementKind kind,
      long startNanos,
      long endNanos,
      Object[] binds,
      int batchSize,
      long rowsAffected,
      long fetchNanos,
      long rowsFetched,
      Throwable error) {
    Execution execution =
        executed(
            null,
            sql,
            null,
            kind,
            startNanos,
            endNanos,
            keepBinds ? BindValues.frozenAll(binds) : null,
            batchSize,
            rowsAffected,
            true,
            error);
    if (execution != null && !execution.isComplete()) {
      fetched(null, execution, fetchNanos, rowsFetched);
    }
  }

  /** Whether {@code connection} is (or wraps) one this recorder's proxy already captures. */
  public boolean captures(Connection connection) {
    if (connection instanceof CapturingConnection captured) {
      return captured.recorder == this;
    }
    try {
      return connection != null
          && connection.isWrapperFor(CapturingConnection.class)
          && connection.unwrap(CapturingConnection.class).recorder == this;
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  public Ticker ticker() {
    return ticker;
  }

  /** A result set of {@code execution} was closed after {@code rows} rows in {@code nanos}. */
  void fetched(CapturingConnection connection, Execution execution, long nanos, long rows) {
    if (execution == null) {
      return;
    }
    try {
      execution.fetchNanos += nanos;
      execution.rowsFetched += rows;
      if (connection != null) {
        connection.statementFetched(nanos);
      }
      if (execution.isComplete()) {
        // A further result set of the same execution (getMoreResults).
        execution.info.stats.addRows(rows);
      } else {
        complete(execution);
      }
    } catch (Throwable t) {
      failures.record("recording fetched rows", t);
    }
  }

  /** An update count the application read after execute() returned false. */
  void updateCount(Execution execution, long count) {
    if (execution == null || count < 0 || execution.rowsAffected >= 0) {
      return;
    }
    try {
      execution.rowsAffected = count;
      execution.info.stats.addRows(count);
    } catch (Throwable t) {
      failures.record("recording an update count", t);
    }
  }

  private void complete(Execution execution) {
    execution.markComplete();
    execution.info.stats.completed(
        execution.fetchNanos, execution.rowsFetched, execution.executeNanos + execution.fetchNanos);
    if (listeners.length == 0) {
      return;
    }
    StatementEvent event = execution.toEvent();
    for (StatementListener listener : listeners) {
      try {
        listener.onStatement(event);
      } catch (Throwable t) {
        failures.record("listener " + listener.getClass().getName(), t);
      }
    }
  }

  // ---------------------------------------------------------------- units of work

  public UnitSpan openUnit(String name) {
    long now = ticker.read();
    UnitSpan span =
        new UnitSpan(name, unit(), now, state.epochMicros(now), Thread.currentThread().getName());
    openUnits.incrementAndGet();
    currentUnit.set(span);
    return span;
  }

  public void closeUnit(UnitSpan span) {
    if (span.closed) {
      return;
    }
    span.closed = true;
    openUnits.decrementAndGet();
    try {
      long now = ticker.read();
      state.units.add(
          new UnitOfWorkEvent(
              span.name,
              span.startEpochMicros,
              now - span.startNanos,
              span.thread,
              span.statements));
    } catch (Throwable t) {
      failures.record("recording a unit of work", t);
    }
    if (currentUnit.get() == span) {
      UnitSpan outer = openOuter(span.outer);
      if (outer == null) {
        currentUnit.remove();
      } else {
        currentUnit.set(outer);
      }
    }
  }

  /** The innermost open unit of work on this thread, or null. */
  public UnitSpan unit() {
    if (openUnits.get() == 0) {
      return null;
    }
    UnitSpan span = currentUnit.get();
    return span == null || !span.closed ? span : openOuter(span);
  }

  private static UnitSpan openOuter(UnitSpan span) {
    UnitSpan s = span;
    while (s != null && s.closed) {
      s = s.outer;
    }
    return s;
  }

  // ---------------------------------------------------------------- pool

  void poolSnapshot(ConnectionSource source, PoolSnapshot snapshot) {
    state.figures(source).snapshot(snapshot);
  }

  Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------- reading

  public CapturedEvents events() {
    CaptureState s = state;
    return CaptureSnapshot.events(s, ticker.read(), leakThresholdNanos, sources.evidence(s));
  }

  public Workload workload() {
    return CaptureSnapshot.workload(state, settings);
  }

  /** Statements recorded since start or reset, including those the ring no longer holds. */
  public long statementCount() {
    return state.sequence.get();
  }

  public long internalFailures() {
    return failures.count();
  }

  /**
   * Counts and logs (once) a failure of queryscope's own, for integrations outside this package.
   */
  public void failed(String where, Throwable t) {
    failures.record(where, t);
  }

  /** Forgets everything recorded so far; open units of work and connections keep working. */
  public void reset() {
    state = newState();
  }

  /** Stops background sampling. */
  public void close() {
    sources.stopSampling();
  }
}
