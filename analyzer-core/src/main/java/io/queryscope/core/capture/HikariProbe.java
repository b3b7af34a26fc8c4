package io.queryscope.core.capture;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolSnapshot;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * HikariCP's figures through its own MXBeans. Loaded only when HikariCP is on the class path (see
 * {@link PoolProbe#detect}): HikariCP is an optional dependency of queryscope.
 */
final class HikariProbe implements PoolProbe {

  /** Reads of the figures before an inconsistent one is kept. */
  static final int CONSISTENT_READS = 8;

  private final HikariDataSource pool;

  private HikariProbe(HikariDataSource pool) {
    this.pool = pool;
  }

  static PoolProbe of(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource hikari) {
      return new HikariProbe(hikari);
    }
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        return new HikariProbe(dataSource.unwrap(HikariDataSource.class));
      }
    } catch (SQLException | RuntimeException e) {
      // Not a pool we can see into; capture goes on without pool figures.
    }
    return null;
  }

  @Override
  public PoolConfig config() {
    return new PoolConfig(
        pool.getPoolName(),
        pool.getMaximumPoolSize(),
        pool.getMinimumIdle(),
        pool.getConnectionTimeout());
  }

  @Override
  public PoolSnapshot snapshot(long epochMillis) {
    HikariPoolMXBean mx = pool.getHikariPoolMXBean();
    if (mx == null) {
      return null;
    }
    // HikariCP counts each figure on its own pass over the connections, so a connection handed
    // from one thread to the next between two passes is counted twice or not at all (active 2,
    // idle 1, total 2). Read again until the figures add up. On a busy host the passes can keep
    // racing the hand-overs (seen under CI load), and a connection HikariCP has reserved while
    // evicting it is in neither count; after a few reads the active count, the one the rules
    // judge, is kept and idle is what the total leaves, so a snapshot always adds up.
    int active;
    int idle;
    int total;
    int attempt = 0;
    do {
      total = mx.getTotalConnections();
      active = mx.getActiveConnections();
      idle = mx.getIdleConnections();
    } while ((active + idle != total || mx.getTotalConnections() != total)
        && ++attempt < CONSISTENT_READS);
    if (active + idle != total) {
      active = Math.min(active, total);
      idle = total - active;
    }
    return new PoolSnapshot(epochMillis, active, idle, total, mx.getThreadsAwaitingConnection());
  }
}
