package io.queryscope.core.events;

import java.util.List;

/**
 * Everything one capture recorded. Raw statements are a bounded ring: {@code droppedStatements}
 * says how many fell out of it (aggregates still count them).
 */
public record CapturedEvents(
    List<StatementEvent> statements,
    List<ConnectionEvent> connections,
    List<UnitOfWorkEvent> unitsOfWork,
    PoolEvidence pool,
    long droppedStatements) {

  public static final CapturedEvents NONE =
      new CapturedEvents(List.of(), List.of(), List.of(), null, 0);

  public CapturedEvents {
    statements = List.copyOf(statements);
    connections = List.copyOf(connections);
    unitsOfWork = List.copyOf(unitsOfWork);
  }

  public boolean isEmpty() {
    return statements.isEmpty() && connections.isEmpty() && pool == null;
  }
}
