package io.queryscope.analysis;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.sql.Fingerprinter;
import java.util.List;

/** Captured statements for the pipeline's tests: one connection, no transaction. */
final class Statements {

  private Statements() {}

  static StatementEvent run(long seq, String sql, long ms, List<String> binds, String unitOfWork) {
    return new StatementEvent(
        seq,
        1_000_000 + seq * 1000,
        sql,
        Fingerprinter.fingerprint(sql).id(),
        binds,
        StatementKind.QUERY,
        1,
        ms * 1_000_000,
        0,
        1,
        -1,
        0,
        null,
        null,
        1,
        0,
        "main",
        unitOfWork,
        null);
  }
}
