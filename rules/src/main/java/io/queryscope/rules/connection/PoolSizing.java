package io.queryscope.rules.connection;

import io.queryscope.core.catalog.ServerState;
import java.util.Locale;

/**
 * The pool size to recommend and why: demand from Little's law with a quarter of headroom, never
 * above what the server can give (max_connections minus reserved and a tenth for other clients).
 */
record PoolSizing(int recommended, int serverCap, String reasoning) {

  static PoolSizing of(PoolDemand demand, boolean sizeOnBusyTime, ServerState server) {
    double concurrent = sizeOnBusyTime ? demand.concurrentBusy() : demand.concurrentHeld();
    int wanted = Math.max(2, (int) Math.ceil(concurrent * 1.25));
    int cap = serverCap(server);
    int recommended = cap > 0 ? Math.min(wanted, cap) : wanted;
    String reasoning =
        String.format(
            Locale.ROOT,
            "%.1f acquisitions/s × %.0f ms mean %s time = %.1f connections in use on average"
                + " (Little's law); +25%% headroom = %d",
            demand.acquisitionsPerSecond(),
            sizeOnBusyTime ? demand.meanBusyMs() : demand.meanHeldMs(),
            sizeOnBusyTime ? "busy" : "hold",
            concurrent,
            wanted);
    if (cap > 0 && wanted > cap) {
      reasoning += ", capped at " + cap + " by the server's max_connections";
    }
    return new PoolSizing(recommended, cap, reasoning);
  }

  /** Connections one pool may take: max_connections less reserved slots and 10% for others. */
  static int serverCap(ServerState server) {
    if (server.maxConnections() <= 0) {
      return -1;
    }
    int reserved =
        server.setting("superuser_reserved_connections").map(PoolSizing::parseIntOrZero).orElse(0);
    int others = (int) Math.ceil(server.maxConnections() * 0.1);
    return Math.max(1, server.maxConnections() - reserved - others);
  }

  private static int parseIntOrZero(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
