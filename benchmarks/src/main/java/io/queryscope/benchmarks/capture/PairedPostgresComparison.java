package io.queryscope.benchmarks.capture;

import com.p6spy.engine.spy.P6DataSource;
import io.queryscope.core.QueryScope;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Point selects on the embedded PostgreSQL, raw and through each proxy, over one and the same
 * physical connection, interleaved round by round. On a shared, loaded machine a JMH run per proxy
 * sees the load change between runs by more than the few percent being measured; a paired design
 * compares each proxy with the raw query of the same round, so load drift cancels out. Prints
 * medians and the median paired difference. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.queryscope.benchmarks.capture.PairedPostgresComparison [rounds]}.
 */
public final class PairedPostgresComparison {

  private static final int ROWS = 10_000;
  private static final String[] NAMES = {
    "raw", "queryscope", "queryscope-no-call-sites", "datasource-proxy", "p6spy"
  };

  private PairedPostgresComparison() {}

  public static void main(String[] args) throws SQLException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    try (TestDatabase db = TestDatabases.postgres();
        Connection physical = db.connection()) {
      try (Statement s = physical.createStatement()) {
        s.execute("create table customer (id bigint primary key, name text not null)");
        s.execute(
            "insert into customer select i, 'customer ' || i from generate_series(1, "
                + ROWS
                + ") i");
        s.execute("analyze customer");
      }
      DataSource shared = new SharedConnection(physical);
      Connection[] variants = {
        physical,
        QueryScope.builder().build().wrap(physical),
        QueryScope.builder().callSites(false).build().wrap(physical),
        ProxyDataSourceBuilder.create(shared)
            .listener(new Proxies.CountingListener())
            .build()
            .getConnection(),
        p6spy(shared).getConnection()
      };
      run(variants, rounds / 3, null);
      long[][] nanos = new long[variants.length][rounds];
      run(variants, rounds, nanos);
      report(nanos, rounds);
    }
  }

  private static DataSource p6spy(DataSource raw) {
    System.setProperty("p6spy.config.appender", QuietP6Logger.class.getName());
    System.setProperty("p6spy.config.modulelist", "com.p6spy.engine.logging.P6LogFactory");
    System.setProperty("p6spy.config.jmx", "false");
    return new P6DataSource(raw);
  }

  private static void run(Connection[] variants, int rounds, long[][] nanos) throws SQLException {
    long id = 0;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < variants.length; k++) {
        // Rotate the order so no variant always runs first (cache, scheduling).
        int v = (round + k) % variants.length;
        long start = System.nanoTime();
        pointSelect(variants[v], 1 + (id++ % ROWS));
        long elapsed = System.nanoTime() - start;
        if (nanos != null) {
          nanos[v][round] = elapsed;
        }
      }
    }
  }

  private static String pointSelect(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(StubPointQueryBenchmark.SQL)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static void report(long[][] nanos, int rounds) {
    double rawMedian = median(nanos[0]);
    System.out.printf("%d interleaved rounds, one physical connection%n", rounds);
    System.out.printf(
        "%-18s %12s %12s %22s%n", "variant", "median µs", "p90 µs", "median paired diff µs");
    for (int v = 0; v < nanos.length; v++) {
      long[] diff = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        diff[r] = nanos[v][r] - nanos[0][r];
      }
      double median = median(nanos[v]);
      System.out.printf(
          "%-18s %12.1f %12.1f %22.2f   (%+.1f%% of raw median)%n",
          NAMES[v],
          median / 1000,
          percentile(nanos[v], 0.9) / 1000,
          median(diff) / 1000,
          100 * median(diff) / rawMedian);
    }
  }

  private static double median(long[] values) {
    return percentile(values, 0.5);
  }

  private static double percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
  }

  /** Hands out the one physical connection, so every variant talks to the same backend. */
  private record SharedConnection(Connection connection) implements DataSource {
    @Override
    public Connection getConnection() {
      return connection;
    }

    @Override
    public Connection getConnection(String username, String password) {
      return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getLogger("shared");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      return connection.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
      return connection.isWrapperFor(iface);
    }
  }
}
