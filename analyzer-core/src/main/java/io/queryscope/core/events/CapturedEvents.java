package io.queryscope.core.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one capture recorded. Raw statements are a bounded ring: {@code droppedStatements}
 * says how many fell out of it (aggregates still count them).
 *
 * @param pools one for each DataSource (or driver URL) connections were taken from, in the order
 *     first wrapped; empty when no connection went through queryscope
 * @param bindsRedacted true when bind values are salted hashes (an export read back without {@code
 *     binds} kept): equal values still compare equal, but they cannot be sent to a server
 * @param literalsRedacted true when literals in the SQL text were replaced by {@code ?}: the text
 *     has more placeholders than binds and can only be planned generically
 */
public record CapturedEvents(
    List<StatementEvent> statements,
    List<ConnectionEvent> connections,
    List<UnitOfWorkEvent> unitsOfWork,
    List<PoolEvidence> pools,
    long droppedStatements,
    boolean bindsRedacted,
    boolean literalsRedacted) {

  public static final CapturedEvents NONE =
      new CapturedEvents(List.of(), List.of(), List.of(), List.of(), 0);

  public CapturedEvents {
    statements = List.copyOf(statements);
    connections = List.copyOf(connections);
    unitsOfWork = List.copyOf(unitsOfWork);
    pools = List.copyOf(pools);
  }

  /** Events captured in this JVM: values as the application bound them. */
  public CapturedEvents(
      List<StatementEvent> statements,
      List<ConnectionEvent> connections,
      List<UnitOfWorkEvent> unitsOfWork,
      List<PoolEvidence> pools,
      long droppedStatements) {
    this(statements, connections, unitsOfWork, pools, droppedStatements, false, false);
  }

  public boolean isEmpty() {
    return statements.isEmpty() && connections.isEmpty() && pools.isEmpty();
  }

  /** True when a statement's SQL and binds can be sent to a server as they are. */
  public boolean samplesRunnable() {
    return !bindsRedacted && !literalsRedacted;
  }

  /**
   * What happened on one pool's connections: those connections, the statements run on them, and
   * that pool alone. With one pool this is everything (statements seen without the proxy, through
   * the jOOQ listener, included); with several, statements on no known connection belong to none.
   */
  public CapturedEvents forPool(PoolEvidence pool) {
    if (pools.size() == 1 && pools.get(0).equals(pool)) {
      return this;
    }
    List<ConnectionEvent> own = connections.stream().filter(pool::supplied).toList();
    Set<Long> ids = new HashSet<>();
    for (ConnectionEvent c : own) {
      // A failed acquisition has no connection (id 0), nor does a statement seen without the proxy.
      if (!c.acquireFailed()) {
        ids.add(c.connectionId());
      }
    }
    List<StatementEvent> run =
        statements.stream().filter(s -> ids.contains(s.connectionId())).toList();
    return new CapturedEvents(
        run, own, unitsOfWork, List.of(pool), droppedStatements, bindsRedacted, literalsRedacted);
  }
}
