package io.queryscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.core.sql.FingerprintId;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pipeline on a real PostgreSQL: what it explains, what it reports, what it says. */
@PostgresTest
class AnalysisPostgresTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.2);

  private static final String PENDING =
      "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
          + " and created_at < '2024-07-01'";

  private static final String MISSING = "select * from pipe_no_such_table where id = 1";

  @Test
  void aFocusedStatementIsExplainedAndOnlyItsFindingsAreReported() throws Exception {
    Phases phases = new Phases();
    AnalysisResult result;
    try (Connection c = db.connection();
        DialectSession session = open(c)) {
      result =
          new Analysis(new AnalysisRequest(1, false, WhatIfMode.OFF, RuleSettings.DEFAULTS), phases)
              .run(AnalysisInput.statement(session, PENDING));
    }

    long id = Fingerprinter.fingerprint(PENDING).id();
    String hex = FingerprintId.hex(id);
    assertThat(result.plans()).containsOnlyKeys(id);
    assertThat(result.report().summary().fingerprints()).isEqualTo(1);
    assertThat(result.report().findings())
        .isNotEmpty()
        .allMatch(f -> about(f, hex), "about " + hex);
    assertThat(phases.seen)
        .containsExactly(
            "explaining", "reading the catalog and statistics", "running rules", "done");
  }

  @Test
  void theHeaviestCapturedStatementsArePlannedAndOneThatFailsBecomesANote() throws Exception {
    CapturedEvents events =
        new CapturedEvents(
            List.of(event(1, PENDING, 50), event(2, MISSING, 5), event(3, "vacuum", 500)),
            List.of(),
            List.of(),
            List.of(),
            0);
    Phases phases = new Phases();
    AnalysisResult result;
    try (Connection c = db.connection();
        DialectSession session = open(c)) {
      result =
          new Analysis(
                  new AnalysisRequest(20, false, WhatIfMode.OFF, RuleSettings.DEFAULTS), phases)
              .run(AnalysisInput.live(session, events, null));
    }

    // The server's own statistics may add statements of theirs; the captured ones must be there.
    assertThat(result.plans()).containsKey(Fingerprinter.fingerprint(PENDING).id());
    assertThat(result.plans()).doesNotContainKey(Fingerprinter.fingerprint("vacuum").id());
    assertThat(result.report().notes())
        .anyMatch(
            n ->
                n.startsWith(
                    "could not explain "
                        + FingerprintId.hex(Fingerprinter.fingerprint(MISSING).id())));
    assertThat(result.events()).isSameAs(events);
    assertThat(phases.seen).hasSize(5);
    assertThat(phases.seen.get(0)).isEqualTo("reading statement statistics");
    assertThat(phases.seen.get(1)).matches("explaining \\d+ statements");
    assertThat(phases.seen.subList(2, 5))
        .containsExactly("reading the catalog and server state", "running rules", "done");
    assertThat(phases.notes)
        .singleElement()
        .asString()
        .endsWith("statements could not be explained (see notes)");
  }

  private static boolean about(Finding f, String hex) {
    return (f.query() != null && hex.equals(f.query().fingerprint()))
        || f.fingerprints().contains(hex);
  }

  private static DialectSession open(Connection c) {
    return Dialects.forConnection(c)
        .open(c, new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), false));
  }

  private static StatementEvent event(long seq, String sql, long ms) {
    return Statements.run(seq, sql, ms, List.of(), null);
  }

  /** What the analysis said, in order. */
  private static final class Phases implements AnalysisProgress {
    final List<String> seen = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void phase(String text) {
      seen.add(text);
    }

    @Override
    public void step(int done, int total, String what) {}

    @Override
    public void note(String text) {
      notes.add(text);
    }

    @Override
    public void done() {
      seen.add("done");
    }
  }
}
