package io.queryscope.core.capture;

import io.queryscope.core.Secrets;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * The DataSources and driver URLs one recorder has seen, each its own {@link ConnectionSource}: a
 * scope wrapping a primary pool and a replica pool gets figures for both. Bounded: past {@link
 * #MAX_SOURCES} (an application wrapping a new DataSource per request, say) the rest share one
 * source. Registration is rare and synchronised; the hot path never comes here.
 */
final class ConnectionSources {

  static final int MAX_SOURCES = 64;
  static final String OVERFLOW = "(other data sources)";

  private final Recorder recorder;
  private final Duration sampleInterval;
  private final Map<DataSource, CapturingDataSource> wrapped = new IdentityHashMap<>();
  private final Map<String, ConnectionSource> urls = new HashMap<>();
  private final List<ConnectionSource> all = new CopyOnWriteArrayList<>();
  private ConnectionSource overflow;

  ConnectionSources(Recorder recorder, Duration sampleInterval) {
    this.recorder = recorder;
    this.sampleInterval = sampleInterval;
  }

  /** The one wrapper for {@code dataSource}: wrapping it again returns the same one. */
  synchronized CapturingDataSource wrap(DataSource dataSource) {
    CapturingDataSource known = wrapped.get(dataSource);
    if (known != null) {
      return known;
    }
    if (all.size() >= MAX_SOURCES) {
      return new CapturingDataSource(dataSource, recorder, overflow());
    }
    ConnectionSource source = new ConnectionSource(classLabel(dataSource));
    try {
      PoolProbe probe = PoolProbe.detect(dataSource);
      if (probe != null) {
        source.monitor(PoolMonitor.start(recorder, source, probe, sampleInterval));
      }
    } catch (RuntimeException | LinkageError e) {
      recorder.failed("recognising the connection pool", e);
    }
    all.add(source);
    CapturingDataSource capturing = new CapturingDataSource(dataSource, recorder, source);
    wrapped.put(dataSource, capturing);
    return capturing;
  }

  /** The source for connections opened through {@code jdbc:queryscope:} with this real URL. */
  synchronized ConnectionSource forUrl(String realUrl) {
    String label = urlLabel(realUrl);
    ConnectionSource known = urls.get(label);
    if (known != null) {
      return known;
    }
    if (all.size() >= MAX_SOURCES) {
      return overflow();
    }
    ConnectionSource source = new ConnectionSource(label);
    all.add(source);
    urls.put(label, source);
    return source;
  }

  /** The class's simple name, or its full name when it has none (an anonymous class). */
  private static String classLabel(DataSource dataSource) {
    Class<?> type = dataSource.getClass();
    return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
  }

  private ConnectionSource overflow() {
    if (overflow == null) {
      overflow = new ConnectionSource(OVERFLOW);
      all.add(overflow);
    }
    return overflow;
  }

  /**
   * A driver URL without what may hold secrets or vary per connection: user and password before the
   * host, and every parameter ({@code ?…}, {@code ;…}).
   */
  static String urlLabel(String url) {
    String label = url;
    int params = indexOfAny(label, '?', ';');
    if (params >= 0) {
      label = label.substring(0, params);
    }
    int hosts = label.indexOf("//");
    int at = label.lastIndexOf('@');
    if (hosts >= 0 && at > hosts) {
      label = label.substring(0, hosts + 2) + label.substring(at + 1);
    }
    // MySQL's address=(…)(password=…) and (host=…,password=…) blocks sit before any '?'.
    return Secrets.redactForms(label);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }

  /**
   * Every source's evidence under a name unique in this capture: the pool's own name, else the
   * label, with {@code #2}, {@code #3} when two are alike. Sources that neither are a recognised
   * pool nor handed out a connection since {@code state} began are left out.
   */
  Map<ConnectionSource, PoolEvidence> evidence(CaptureState state) {
    Map<ConnectionSource, PoolEvidence> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ConnectionSource source : all) {
      PoolConfig config = source.config();
      PoolFigures figures = state.figuresOrNull(source);
      if (config == null && figures == null) {
        continue;
      }
      String base = source.baseName(config);
      int n = seen.merge(base, 1, Integer::sum);
      String name = n == 1 ? base : base + " #" + n;
      out.put(source, PoolFigures.evidence(name, config, figures));
    }
    return out;
  }

  void stopSampling() {
    for (ConnectionSource source : new ArrayList<>(all)) {
      source.stop();
    }
  }
}
