package io.queryscope.core.events;

import java.util.List;

/**
 * Everything one capture recorded. Raw statements are a bounded ring: {@code droppedStatements}
 * says how many fell out of it (aggregates still count them).
 *
 * @param bindsRedacted true when bind values are salted hashes (an export read back without {@code
 *     binds} kept): equal values still compare equal, but they cannot be sent to a server
 * @param literalsRedacted true when literals in the SQL text were replaced by {@code ?}: the text
 *     has more placeholders than binds and can only be planned generically
 */
public record CapturedEvents(
    List<StatementEvent> statements,
    List<ConnectionEvent> connections,
    List<UnitOfWorkEvent> unitsOfWork,
    PoolEvidence pool,
    long droppedStatements,
    boolean bindsRedacted,
    boolean literalsRedacted) {

  public static final CapturedEvents NONE =
      new CapturedEvents(List.of(), List.of(), List.of(), null, 0);

  public CapturedEvents {
    statements = List.copyOf(statements);
    connections = List.copyOf(connections);
    unitsOfWork = List.copyOf(unitsOfWork);
  }

  /** Events captured in this JVM: values as the application bound them. */
  public CapturedEvents(
      List<StatementEvent> statements,
      List<ConnectionEvent> connections,
      List<UnitOfWorkEvent> unitsOfWork,
      PoolEvidence pool,
      long droppedStatements) {
    this(statements, connections, unitsOfWork, pool, droppedStatements, false, false);
  }

  public boolean isEmpty() {
    return statements.isEmpty() && connections.isEmpty() && pool == null;
  }

  /** True when a statement's SQL and binds can be sent to a server as they are. */
  public boolean samplesRunnable() {
    return !bindsRedacted && !literalsRedacted;
  }
}
