package io.queryscope.rules.connection;

import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.SessionInfo;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Transactions held open while doing nothing: server sessions idle in a transaction (with the
 * sessions they block), and captured transactions whose statements took a small part of their span
 * ({@link CapturedTransactions}). Reads either evidence, so it needs neither.
 */
public final class LongTransactionRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "long-transaction",
          "Transaction held open",
          "A transaction left open (idle in transaction) holds locks and a snapshot while others"
              + " wait.",
          Severity.MEDIUM,
          Set.of(),
          Map.of(
              "min-idle-seconds", 30.0,
              "min-captured-ms", 2000.0,
              "max-busy-share", 0.5),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    Duration minIdle =
        Duration.ofMillis((long) (context.settings().threshold(INFO, "min-idle-seconds") * 1000));
    for (SessionInfo s : context.serverState().sessions()) {
      boolean idleInTx =
          s.state() == SessionInfo.State.IDLE_IN_TRANSACTION
              || s.state() == SessionInfo.State.IDLE_IN_TRANSACTION_ABORTED;
      if (idleInTx && s.stateDuration() != null && s.stateDuration().compareTo(minIdle) >= 0) {
        findings.add(idleSession(context, s));
      }
    }
    findings.addAll(
        CapturedTransactions.find(
            context,
            INFO,
            context.settings().threshold(INFO, "min-captured-ms"),
            context.settings().threshold(INFO, "max-busy-share")));
    return findings;
  }

  private Finding idleSession(AnalysisContext context, SessionInfo s) {
    List<LockWait> blocked =
        context.serverState().lockWaits().stream()
            .filter(w -> s.id().equals(w.blockingSession()))
            .toList();
    double waitedMs = blocked.stream().mapToLong(w -> w.waited().toMillis()).sum();
    String title =
        "Session "
            + s.id()
            + (s.application() == null || s.application().isEmpty()
                ? ""
                : " (" + s.application() + ")")
            + " has been idle in a transaction for "
            + s.stateDuration().toSeconds()
            + " s"
            + (blocked.isEmpty() ? "" : ", blocking " + blocked.size() + " sessions");
    return FindingBuilder.of(INFO, context)
        .severity(blocked.isEmpty() ? Severity.MEDIUM : Severity.HIGH)
        .confidence(0.9)
        .title(title)
        .msSaved(waitedMs)
        .evidence("session", s.id())
        .evidence("user", s.user())
        .evidence("application", s.application())
        .evidence("idleSeconds", s.stateDuration().toSeconds())
        .evidence(
            "transactionSeconds",
            s.transactionDuration() == null ? null : s.transactionDuration().toSeconds())
        .evidence("lastQuery", s.query())
        .evidence(
            "blocks",
            blocked.stream()
                .map(w -> w.waitingSession() + " waiting " + w.waited().toMillis() + " ms")
                .toList())
        .recommendation(Recommendation.text(serverFix(TargetDialect.of(context))))
        .build();
  }

  static String serverFix(DatabaseKind dialect) {
    String guard =
        dialect == DatabaseKind.POSTGRESQL
            ? "set idle_in_transaction_session_timeout (for example ALTER ROLE app SET"
                + " idle_in_transaction_session_timeout = '60s') so a forgotten transaction is"
                + " ended"
            : "lower wait_timeout for the application's user and watch"
                + " information_schema.innodb_trx for old transactions";
    return "Commit or roll back as soon as the statements are done: no remote calls, user input"
        + " or long computation inside a transaction. As a guard, "
        + guard
        + ".";
  }
}
