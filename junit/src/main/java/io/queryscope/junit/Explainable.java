package io.queryscope.junit;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import java.util.Locale;
import java.util.Set;

/** Statements worth an EXPLAIN: reads and writes that ran without error, not DDL or SET. */
final class Explainable {

  private static final Set<String> VERBS = Set.of("select", "with", "insert", "update", "delete");

  private Explainable() {}

  static boolean test(StatementEvent e) {
    return e.kind() != StatementKind.CALL
        && !e.failed()
        && e.sql() != null
        && VERBS.contains(Sql.firstWord(e.sql()).toLowerCase(Locale.ROOT));
  }
}
