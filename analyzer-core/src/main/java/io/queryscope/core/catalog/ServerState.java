package io.queryscope.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings and activity at the time of the analysis.
 *
 * @param settings the settings that matter for analysis (work_mem, random_page_cost,
 *     max_connections, shared_buffers, innodb_buffer_pool_size …), as the server prints them
 * @param maxConnections the server's connection limit; -1 when unknown
 */
public record ServerState(
    Map<String, String> settings,
    int maxConnections,
    List<SessionInfo> sessions,
    List<LockWait> lockWaits) {

  public static final ServerState UNKNOWN = new ServerState(Map.of(), -1, List.of(), List.of());

  public ServerState {
    settings = Map.copyOf(settings);
    sessions = List.copyOf(sessions);
    lockWaits = List.copyOf(lockWaits);
  }

  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  public long sessionsIn(SessionInfo.State state) {
    return sessions.stream().filter(s -> s.state() == state).count();
  }
}
