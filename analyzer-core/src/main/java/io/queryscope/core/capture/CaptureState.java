package io.queryscope.core.capture;

import io.queryscope.core.events.CutText;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Everything one capture has recorded since it started or was last reset. Every structure is
 * bounded: the rings by their size, the fingerprint table by {@code maxFingerprints} (overflow goes
 * to {@link #other}), the SQL-text cache by {@code maxSqlTexts}.
 */
final class CaptureState {

  static final long OTHER_FINGERPRINT = 0;
  private static final int CONNECTION_RING = 4096;
  private static final int UNIT_RING = 4096;

  /** Connections open at once whose records are kept (for leaks); more are counted, not kept. */
  static final int MAX_OPEN_CONNECTIONS = 4_096;

  /**
   * Chars of SQL text kept whole: the cached strings and each fingerprint's normalized text and
   * sample. Past it, a new text keeps its first {@link #CUT_SQL_CHARS} chars, as does an execution
   * of a long string the cache does not hold.
   */
  static final long TEXT_BUDGET_CHARS = 16L * 1024 * 1024;

  static final int CUT_SQL_CHARS = 1_024;

  final Instant started;
  final long startEpochMicros;
  final long startNanos;
  private final int maxFingerprints;
  private final int maxSqlTexts;

  private final ConcurrentHashMap<String, SqlInfo> sqlTexts = new ConcurrentHashMap<>();
  final ConcurrentHashMap<Long, FingerprintStats> fingerprints = new ConcurrentHashMap<>();
  final FingerprintStats other =
      new FingerprintStats(
          OTHER_FINGERPRINT, "(other statements over the fingerprint limit)", null);
  final LongAdder uncachedSqlTexts = new LongAdder();
  private final AtomicLong textBudget = new AtomicLong(TEXT_BUDGET_CHARS);
  final LongAdder untrackedConnections = new LongAdder();
  final LongAdder cutSqlTexts = new LongAdder();

  final AtomicLong sequence = new AtomicLong();
  final EventRing<Execution> executions;
  final EventRing<ConnectionRecord> closedConnections = new EventRing<>(CONNECTION_RING);
  final Set<ConnectionRecord> openConnections = ConcurrentHashMap.newKeySet();
  final EventRing<UnitOfWorkEvent> units = new EventRing<>(UNIT_RING);

  // One entry per connection source, of which there are at most ConnectionSources.MAX_SOURCES + 1.
  private final ConcurrentHashMap<ConnectionSource, PoolFigures> pools = new ConcurrentHashMap<>();

  CaptureState(CaptureSettings settings, Instant started, long startNanos) {
    this.started = started;
    this.startEpochMicros = started.getEpochSecond() * 1_000_000 + started.getNano() / 1000;
    this.startNanos = startNanos;
    this.maxFingerprints = settings.maxFingerprints();
    this.maxSqlTexts = settings.maxSqlTexts();
    this.executions = new EventRing<>(settings.ringSize(), sequence);
  }

  long epochMicros(long nanos) {
    return startEpochMicros + (nanos - startNanos) / 1000;
  }

  /** What {@code source} did in this capture, created on its first connection or sample. */
  PoolFigures figures(ConnectionSource source) {
    PoolFigures known = pools.get(source);
    return known != null ? known : pools.computeIfAbsent(source, k -> new PoolFigures());
  }

  PoolFigures figuresOrNull(ConnectionSource source) {
    return pools.get(source);
  }

  /** The entry for one SQL string, fingerprinting it the first time it is seen. */
  SqlInfo sqlInfo(String sql) {
    SqlInfo known = sqlTexts.get(sql);
    if (known != null) {
      return known;
    }
    Fingerprint fingerprint = Fingerprinter.fingerprint(sql);
    // A cached string is also its fingerprint's sample when it is the first of that shape: one
    // object, charged to the text budget once. (Two threads racing to cache it charge it twice.)
    boolean cache = sqlTexts.size() < maxSqlTexts && spend(sql.length());
    FingerprintStats stats = statsFor(fingerprint, sql, cache);
    if (!cache) {
      // Memory stays bounded; an application that builds SQL with literals pays a re-lex instead,
      // and each of its executions keeps at most CUT_SQL_CHARS of the text.
      uncachedSqlTexts.increment();
      return new SqlInfo(cut(sql), stats, this);
    }
    SqlInfo fresh = new SqlInfo(sql, stats, this);
    SqlInfo raced = sqlTexts.putIfAbsent(sql, fresh);
    return raced == null ? fresh : raced;
  }

  /** Takes {@code chars} from the text budget, or nothing and false when it has not that much. */
  private boolean spend(int chars) {
    if (textBudget.addAndGet(-chars) >= 0) {
      return true;
    }
    textBudget.addAndGet(chars);
    return false;
  }

  /** The text whole while the budget lasts, else its start. */
  private String kept(String text) {
    return text == null || spend(text.length()) ? text : cut(text);
  }

  private String cut(String text) {
    if (text.length() <= CUT_SQL_CHARS) {
      return text;
    }
    cutSqlTexts.increment();
    return CutText.cut(text, CUT_SQL_CHARS);
  }

  /** {@code samplePaid}: {@code sql} is already charged to the text budget (it is cached). */
  private FingerprintStats statsFor(Fingerprint fingerprint, String sql, boolean samplePaid) {
    FingerprintStats stats = fingerprints.get(fingerprint.id());
    if (stats != null) {
      return stats;
    }
    if (fingerprints.size() >= maxFingerprints) {
      return other;
    }
    return fingerprints.computeIfAbsent(
        fingerprint.id(),
        id ->
            new FingerprintStats(id, kept(fingerprint.normalized()), samplePaid ? sql : kept(sql)));
  }
}
