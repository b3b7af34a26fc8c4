package io.queryscope.rules.connection;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Threads waited for a pooled connection, or the pool may open more than the server allows. */
public final class PoolExhaustionRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "pool-exhaustion",
          "Connection pool ran dry",
          "Threads waited for a pooled connection or timed out; says why and what size fits.",
          Severity.HIGH,
          Set.of(Evidence.POOL),
          Map.of(
              "acquire-p95-ms", 50.0,
              "min-acquisitions", 20.0,
              "min-waiting-threads", 2.0,
              "idle-held-share", 0.5,
              "slow-statement-ms", 100.0),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** Each pool on its own: one that ran dry is reported even when another had room to spare. */
  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    List<Finding> findings = new ArrayList<>();
    boolean severalPools = context.events().pools().size() > 1;
    for (PoolEvidence pool : context.events().pools()) {
      findings.addAll(evaluate(context, context.events().forPool(pool), pool, severalPools));
    }
    return findings;
  }

  private List<Finding> evaluate(
      AnalysisContext context, CapturedEvents events, PoolEvidence pool, boolean severalPools) {
    List<Finding> findings = new ArrayList<>();
    double p95Limit = context.settings().threshold(INFO, "acquire-p95-ms");
    double minWaiting = context.settings().threshold(INFO, "min-waiting-threads");
    // Slow getConnection() means waiting only behind a pool (without one it is the time to open a
    // connection), and only over enough acquisitions that one slow first connection is not a p95.
    boolean isPool = pool.config() != null || !pool.snapshots().isEmpty();
    boolean slowAcquisitions =
        isPool
            && pool.acquisitions() >= context.settings().threshold(INFO, "min-acquisitions")
            && pool.acquireMillisP95() >= p95Limit;
    boolean ranDry =
        pool.acquisitionTimeouts() > 0
            || slowAcquisitions
            || pool.maxThreadsAwaiting() >= minWaiting;
    if (ranDry) {
      findings.add(ranDry(context, events, pool, severalPools));
    }
    oversized(context, pool).ifPresent(findings::add);
    return findings;
  }

  private Finding ranDry(
      AnalysisContext context, CapturedEvents events, PoolEvidence pool, boolean severalPools) {
    PoolDemand demand = PoolDemand.of(events.connections());
    PoolCauses causes = PoolCauses.of(context, events, INFO, demand);
    String name =
        pool.config() != null
            ? "pool '" + pool.name() + "'"
            : severalPools ? "data source '" + pool.name() + "'" : "the pool";
    int size = pool.config() == null ? -1 : pool.config().maximumPoolSize();
    FindingBuilder f =
        FindingBuilder.of(INFO, context)
            .severity(pool.acquisitionTimeouts() > 0 ? Severity.CRITICAL : Severity.HIGH)
            .confidence(causes.reasons().isEmpty() ? 0.6 : 0.8)
            .title(title(pool, name, size))
            .evidence("poolName", pool.config() == null && !severalPools ? null : pool.name())
            .evidence("maximumPoolSize", size < 0 ? null : size)
            .evidence("acquisitions", pool.acquisitions())
            .evidence("acquisitionTimeouts", pool.acquisitionTimeouts())
            .evidence("maxThreadsAwaiting", pool.maxThreadsAwaiting())
            .evidence("acquireMillisP50", pool.acquireMillisP50())
            .evidence("acquireMillisP95", pool.acquireMillisP95())
            .evidence("acquireMillisP99", pool.acquireMillisP99())
            .evidence("acquireMillisMax", pool.acquireMillisMax())
            .evidence("causes", causes.reasons());
    String sizeAdvice = "";
    if (demand.measurable()) {
      boolean fixHoldFirst = causes.heldIdle();
      PoolSizing sizing = PoolSizing.of(demand, fixHoldFirst, context.serverState());
      f.evidence("meanHeldMs", demand.meanHeldMs())
          .evidence("meanBusyMs", demand.meanBusyMs())
          .evidence("recommendedPoolSize", sizing.recommended())
          .evidence("sizing", sizing.reasoning());
      sizeAdvice =
          size > 0 && sizing.recommended() <= size
              ? " The pool is big enough for the work done on it ("
                  + sizing.reasoning()
                  + "): fix how long connections are held rather than adding connections."
              : " Size the pool to "
                  + sizing.recommended()
                  + " connections ("
                  + sizing.reasoning()
                  + ").";
    }
    double waited =
        demand.totalWaitMs() > 0
            ? demand.totalWaitMs()
            : pool.acquisitions() * Math.max(0, pool.acquireMillisP50());
    f.msSaved(ImpactWindow.of(context).captured(waited)).evidence("totalWaitMs", waited);
    String why =
        causes.reasons().isEmpty()
            ? "The evidence does not show why connections were held; capture statements and"
                + " connections to find out."
            : "Why: " + String.join("; ", causes.reasons()) + ".";
    return f.recommendation(
            new Recommendation(why + sizeAdvice, null, causes.codeChange(), null, null))
        .build();
  }

  private static String title(PoolEvidence pool, String name, int size) {
    StringBuilder t = new StringBuilder(name.substring(0, 1).toUpperCase(Locale.ROOT));
    t.append(name.substring(1));
    if (size > 0) {
      t.append(" (").append(size).append(" connections)");
    }
    t.append(" ran dry: ");
    List<String> parts = new ArrayList<>();
    if (pool.maxThreadsAwaiting() > 0) {
      parts.add(pool.maxThreadsAwaiting() + " threads waited at once");
    }
    parts.add(String.format(Locale.ROOT, "p95 wait %.0f ms", pool.acquireMillisP95()));
    if (pool.acquisitionTimeouts() > 0) {
      parts.add(pool.acquisitionTimeouts() + " acquisitions timed out");
    }
    return t.append(String.join(", ", parts)).toString();
  }

  private java.util.Optional<Finding> oversized(AnalysisContext context, PoolEvidence pool) {
    PoolConfig config = pool.config();
    int cap = PoolSizing.serverCap(context.serverState());
    if (config == null || cap <= 0 || config.maximumPoolSize() <= cap) {
      return java.util.Optional.empty();
    }
    int max = context.serverState().maxConnections();
    return java.util.Optional.of(
        FindingBuilder.of(INFO, context)
            .severity(Severity.MEDIUM)
            .confidence(0.9)
            .title(
                "Pool '"
                    + pool.name()
                    + "' may open "
                    + config.maximumPoolSize()
                    + " connections but the server allows "
                    + max
                    + " for everyone")
            .evidence("poolName", pool.name())
            .evidence("maximumPoolSize", config.maximumPoolSize())
            .evidence("serverMaxConnections", max)
            .evidence("serverSessions", context.serverState().sessions().size())
            .evidence("usableByOnePool", cap)
            .recommendation(
                Recommendation.text(
                    "Set maximumPoolSize to at most "
                        + cap
                        + " (max_connections "
                        + max
                        + " less reserved slots and 10% for other clients), divided by the"
                        + " number of application instances sharing the server; a bigger pool"
                        + " only moves the wait into the server as connection errors."))
            .build());
  }
}
