package io.queryscope.core.capture;

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
    SqlInfo fresh = new SqlInfo(sql, statsFor(fingerprint, sql), this);
    if (sqlTexts.size() >= maxSqlTexts) {
      // Memory stays bounded; an application that builds SQL with literals pays a re-lex instead.
      uncachedSqlTexts.increment();
      return fresh;
    }
    SqlInfo raced = sqlTexts.putIfAbsent(sql, fresh);
    return raced == null ? fresh : raced;
  }

  private FingerprintStats statsFor(Fingerprint fingerprint, String sql) {
    FingerprintStats stats = fingerprints.get(fingerprint.id());
    if (stats != null) {
      return stats;
    }
    if (fingerprints.size() >= maxFingerprints) {
      return other;
    }
    return fingerprints.computeIfAbsent(
        fingerprint.id(), id -> new FingerprintStats(id, fingerprint.normalized(), sql));
  }
}
