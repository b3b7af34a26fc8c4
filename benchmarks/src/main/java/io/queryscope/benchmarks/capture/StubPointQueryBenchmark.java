package io.queryscope.benchmarks.capture;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What each proxy adds to one point query (prepare, bind, execute, next, get, close) when the
 * driver itself costs almost nothing. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * StubPointQuery -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StubPointQueryBenchmark {

  static final String SQL = "select name from customer where id = ?";

  @Param({
    "raw",
    "queryscope",
    "queryscope-no-call-sites",
    "queryscope-exact-call-sites",
    "queryscope-free-clock",
    "datasource-proxy",
    "p6spy",
    "p6spy-recording"
  })
  public String proxy;

  private Connection connection;
  private long id;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    connection = Proxies.wrap(proxy, new StubDataSource()).getConnection();
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
  }

  @Benchmark
  public long pointQuery() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(SQL)) {
      ps.setLong(1, ++id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
