package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.PoolSnapshot;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** HikariCP's figures as the probe reads them from a real pool. */
@PostgresTest
class HikariProbeTest {

  /** Reads and hand-overs to see, not a time: a loaded machine takes longer, never fails sooner. */
  private static final long READS = 500_000;

  private static final long HANDOVERS = 50_000;

  /**
   * Six threads pass two connections between them as fast as they can while the probe reads the
   * pool, for a fixed number of reads and hand-overs: HikariCP counts active, idle and total on
   * separate passes, so without re-reading about one read in 50,000 counted a connection in
   * hand-over twice or not at all.
   */
  @Test
  void figuresReadWhileConnectionsChangeHandsAlwaysAddUp(TestDatabase db) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      PoolProbe probe = HikariProbe.of(pool);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicReference<SQLException> failure = new AtomicReference<>();
      AtomicLong handovers = new AtomicLong();
      List<Thread> churn = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Thread thread =
            new Thread(
                () -> {
                  while (!stop.get()) {
                    try (Connection c = pool.getConnection()) {
                      c.getAutoCommit();
                      handovers.incrementAndGet();
                    } catch (SQLException e) {
                      failure.set(e);
                    }
                  }
                });
        thread.start();
        churn.add(thread);
      }
      List<PoolSnapshot> inconsistent = new ArrayList<>();
      long reads = 0;
      try {
        while ((reads < READS || handovers.get() < HANDOVERS) && failure.get() == null) {
          PoolSnapshot s = probe.snapshot(0);
          reads++;
          if (s.active() + s.idle() != s.total() && inconsistent.size() < 10) {
            inconsistent.add(s);
          }
        }
      } finally {
        stop.set(true);
        for (Thread thread : churn) {
          thread.join();
        }
      }
      assertThat(failure).hasNullValue();
      assertThat(reads).isGreaterThan(10_000);
      System.out.printf("%d reads during %d hand-overs%n", reads, handovers.get());
      assertThat(inconsistent).as("snapshots out of %d reads", reads).isEmpty();
    }
  }
}
