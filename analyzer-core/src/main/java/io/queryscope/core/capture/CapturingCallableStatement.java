package io.queryscope.core.capture;

import io.queryscope.core.events.StatementKind;
import java.sql.CallableStatement;

/** A captured callable statement: its executions are recorded as {@link StatementKind#CALL}. */
final class CapturingCallableStatement extends CallableStatementForwarder {

  CapturingCallableStatement(
      CallableStatement delegate, CapturingConnection connection, String sql) {
    super(delegate, connection, sql);
  }

  @Override
  StatementKind kind(StatementKind natural) {
    return natural == StatementKind.BATCH ? natural : StatementKind.CALL;
  }
}
