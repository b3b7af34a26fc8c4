package io.queryscope.rules.connection;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Captured transactions whose span (first statement's start to last statement's end) is long while
 * their statements took a small part of it: the application held the transaction open between
 * statements.
 */
final class CapturedTransactions {

  private CapturedTransactions() {}

  static List<Finding> find(
      AnalysisContext context, RuleInfo info, double minSpanMs, double maxBusyShare) {
    Map<String, List<StatementEvent>> transactions = new LinkedHashMap<>();
    for (StatementEvent e : context.events().statements()) {
      if (e.transactionId() != 0) {
        transactions
            .computeIfAbsent(e.connectionId() + ":" + e.transactionId(), k -> new ArrayList<>())
            .add(e);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (List<StatementEvent> tx : transactions.values()) {
      long start = tx.stream().mapToLong(StatementEvent::startEpochMicros).min().orElse(0);
      double end =
          tx.stream().mapToDouble(e -> e.startEpochMicros() + e.totalMs() * 1000).max().orElse(0);
      double spanMs = (end - start) / 1000;
      double busyMs = tx.stream().mapToDouble(StatementEvent::totalMs).sum();
      if (spanMs >= minSpanMs && busyMs <= maxBusyShare * spanMs) {
        findings.add(finding(context, info, tx, spanMs, busyMs));
      }
    }
    return findings;
  }

  private static Finding finding(
      AnalysisContext context,
      RuleInfo info,
      List<StatementEvent> tx,
      double spanMs,
      double busyMs) {
    StatementEvent first = tx.get(0);
    String site = first.callSite() == null ? null : first.callSite().toString();
    return FindingBuilder.of(info, context)
        .severity(Severity.MEDIUM)
        .confidence(0.7)
        .title(
            String.format(
                Locale.ROOT,
                "Transaction %d was open %.0f ms but ran statements for %.0f ms%s",
                first.transactionId(),
                spanMs,
                busyMs,
                site == null ? "" : ", begun at " + site))
        .evidence("transactionId", first.transactionId())
        .evidence("connectionId", first.connectionId())
        .evidence("spanMs", spanMs)
        .evidence("busyMs", busyMs)
        .evidence("statements", tx.size())
        .evidence("unitOfWork", first.unitOfWork())
        .evidence("callSite", site)
        .recommendation(
            Recommendation.text(LongTransactionRule.serverFix(TargetDialect.of(context))))
        .build();
  }
}
