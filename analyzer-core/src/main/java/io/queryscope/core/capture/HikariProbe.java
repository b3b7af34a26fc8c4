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
    return new PoolSnapshot(
        epochMillis,
        mx.getActiveConnections(),
        mx.getIdleConnections(),
        mx.getTotalConnections(),
        mx.getThreadsAwaitingConnection());
  }
}
