package io.queryscope.benchmarks.capture;

import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * A point select by primary key on the embedded PostgreSQL (or QUERYSCOPE_PG_URL), raw pgjdbc next
 * to each proxy: what capture costs where it matters, next to a real round trip. Run: {@code java
 * -jar benchmarks/target/benchmarks.jar PostgresPointQuery -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PostgresPointQueryBenchmark {

  private static final int ROWS = 10_000;

  @Param({"raw", "queryscope", "datasource-proxy", "p6spy"})
  public String proxy;

  private TestDatabase db;
  private Connection connection;
  private long id;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    db = TestDatabases.postgres();
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute("create table customer (id bigint primary key, name text not null)");
      s.execute(
          "insert into customer select i, 'customer ' || i from generate_series(1, "
              + ROWS
              + ") i");
      s.execute("analyze customer");
    }
    connection = Proxies.wrap(proxy, db.dataSource()).getConnection();
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    connection.close();
    db.close();
  }

  @Benchmark
  public String pointSelect() throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(StubPointQueryBenchmark.SQL)) {
      ps.setLong(1, 1 + (id++ % ROWS));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
