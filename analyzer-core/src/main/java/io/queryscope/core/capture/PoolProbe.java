package io.queryscope.core.capture;

import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolSnapshot;
import javax.sql.DataSource;

/** Reads a connection pool's configuration and current figures. */
interface PoolProbe {

  PoolConfig config();

  /** The pool now, or null while it has not started. */
  PoolSnapshot snapshot(long epochMillis);

  /**
   * A probe for the pool behind {@code dataSource}, or null when it is not a pool queryscope knows.
   * HikariCP is looked up by name, so applications without it never load its classes.
   */
  static PoolProbe detect(DataSource dataSource) {
    if (HikariPresence.PRESENT) {
      return HikariProbe.of(dataSource);
    }
    return null;
  }

  /** Whether HikariCP is on the class path, checked once. */
  final class HikariPresence {
    static final boolean PRESENT = present();

    private HikariPresence() {}

    private static boolean present() {
      try {
        Class.forName(
            "com.zaxxer.hikari.HikariDataSource", false, PoolProbe.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }
}
