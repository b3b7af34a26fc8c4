package io.queryscope.regression;

import java.util.List;

/**
 * A statement to watch: where it comes from and how to run it.
 *
 * @param id a stable name: {@code orders.sql#2} for a file, {@code events:1a2b…} for captured
 *     events, {@code top:1a2b…} for the server's top statements
 * @param sql the statement, with {@code ?} or {@code $n} placeholders when it has binds
 * @param binds SQL literals for the placeholders, in order ({@code 42}, {@code 'paid'}, {@code
 *     NULL})
 * @param fingerprint queryscope's fingerprint id in hex, or null when unknown
 */
public record StatementSpec(String id, String sql, List<String> binds, String fingerprint) {

  public StatementSpec {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a statement needs a name");
    }
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("statement " + id + " has no SQL");
    }
    binds = List.copyOf(binds == null ? List.of() : binds);
  }

  /** The text to explain: the statement with its binds written in as literals. */
  public String executableSql() {
    return binds.isEmpty() ? sql : BindInliner.inline(sql, binds, id);
  }
}
