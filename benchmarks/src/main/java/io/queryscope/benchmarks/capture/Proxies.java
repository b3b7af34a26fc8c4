package io.queryscope.benchmarks.capture;

import com.p6spy.engine.spy.P6DataSource;
import io.queryscope.core.QueryScope;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/** The proxies compared, each configured as cheaply as a user would run it while recording. */
final class Proxies {

  static final LongAdder SEEN = new LongAdder();

  private Proxies() {}

  static DataSource wrap(String proxy, DataSource raw) {
    return switch (proxy) {
      case "raw" -> raw;
      case "queryscope" -> QueryScope.builder().build().wrap(raw);
      case "queryscope-no-call-sites" -> QueryScope.builder().callSites(false).build().wrap(raw);
      case "queryscope-exact-call-sites" ->
          QueryScope.builder().exactCallSites(true).build().wrap(raw);
      // Diagnostic: the same capture with a clock that costs nothing, to show the clock's share.
      case "queryscope-free-clock" -> QueryScope.builder().ticker(() -> 0L).build().wrap(raw);
      case "datasource-proxy" ->
          ProxyDataSourceBuilder.create(raw).listener(new CountingListener()).build();
      case "p6spy" -> p6spy(raw, QuietP6Logger.class);
      case "p6spy-recording" -> p6spy(raw, RecordingP6Logger.class);
      default -> throw new IllegalArgumentException("unknown proxy " + proxy);
    };
  }

  private static DataSource p6spy(DataSource raw, Class<?> appender) {
    System.setProperty("p6spy.config.appender", appender.getName());
    System.setProperty("p6spy.config.modulelist", "com.p6spy.engine.logging.P6LogFactory");
    System.setProperty("p6spy.config.jmx", "false");
    return new P6DataSource(raw);
  }

  /** datasource-proxy's minimum: a listener that looks at what it was given. */
  static final class CountingListener implements QueryExecutionListener {
    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
      if (execInfo.getElapsedTime() >= 0 && !queryInfoList.isEmpty()) {
        SEEN.increment();
      }
    }
  }
}
