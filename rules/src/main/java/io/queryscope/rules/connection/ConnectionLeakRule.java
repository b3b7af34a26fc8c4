package io.queryscope.rules.connection;

import io.queryscope.core.events.ConnectionEvent;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Connections never returned to the pool, or held far longer than the statements on them. Grouped
 * by the code that took them, so one leak is one finding however often it ran.
 */
public final class ConnectionLeakRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "connection-leak",
          "Connection leaked or held without work",
          "A connection never closed, or held far longer than the statements run on it.",
          Severity.HIGH,
          Set.of(Evidence.CAPTURED_CONNECTIONS),
          Map.of("min-held-ms", 5000.0, "max-busy-share", 0.1),
          List.of(),
          "0.1.0");

  private static final String FIX =
      "Close the connection in a finally block or try-with-resources (or let the framework"
          + " manage it: Spring's JdbcTemplate / @Transactional). HikariCP's"
          + " leakDetectionThreshold logs the stack of a connection held longer than it.";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    double minHeldMs = context.settings().threshold(INFO, "min-held-ms");
    double maxBusy = context.settings().threshold(INFO, "max-busy-share");
    Map<Taken, List<ConnectionEvent>> leaked = new LinkedHashMap<>();
    Map<Taken, List<ConnectionEvent>> idle = new LinkedHashMap<>();
    for (ConnectionEvent c : context.events().connections()) {
      if (c.acquireFailed()) {
        continue;
      }
      if (!c.returned()) {
        leaked.computeIfAbsent(Taken.of(c), k -> new ArrayList<>()).add(c);
      } else if (c.heldNanos() / 1e6 >= minHeldMs && c.busyNanos() <= maxBusy * c.heldNanos()) {
        idle.computeIfAbsent(Taken.of(c), k -> new ArrayList<>()).add(c);
      }
    }
    // Which pool only matters to the reader when there were several.
    boolean severalPools = context.events().pools().size() > 1;
    List<Finding> findings = new ArrayList<>();
    leaked.forEach(
        (taken, group) ->
            findings.add(leak(context, taken, group, poolWaitMs(context, taken), severalPools)));
    idle.forEach(
        (taken, group) ->
            findings.add(
                heldIdle(context, taken, group, poolWaitMs(context, taken), severalPools)));
    return findings;
  }

  /** Where connections were taken: the code that took them, and the pool they came from. */
  private record Taken(String origin, String pool) {
    static Taken of(ConnectionEvent c) {
      return new Taken(ConnectionLeakRule.origin(c), c.pool());
    }

    String fromPool(boolean severalPools) {
      return severalPools && pool != null ? " from pool '" + pool + "'" : "";
    }
  }

  private Finding leak(
      AnalysisContext context,
      Taken taken,
      List<ConnectionEvent> group,
      double poolWait,
      boolean severalPools) {
    ConnectionEvent first = group.get(0);
    return FindingBuilder.of(INFO, context)
        .severity(Severity.HIGH)
        .confidence(first.acquireStack() == null ? 0.7 : 0.9)
        .title(
            group.size()
                + (group.size() == 1 ? " connection was" : " connections were")
                + " never returned to the pool, taken at "
                + taken.origin()
                + taken.fromPool(severalPools))
        .msSaved(ImpactWindow.of(context).captured(poolWait))
        .evidence("connections", group.size())
        .evidence("pool", taken.pool())
        .evidence("statementsRun", group.stream().mapToInt(ConnectionEvent::statements).sum())
        .evidence("thread", first.thread())
        .evidence("unitOfWork", first.unitOfWork())
        .evidence("acquireStack", first.acquireStack())
        .recommendation(new Recommendation(FIX, null, FIX, null, null))
        .build();
  }

  private Finding heldIdle(
      AnalysisContext context,
      Taken taken,
      List<ConnectionEvent> group,
      double poolWait,
      boolean severalPools) {
    double held = group.stream().mapToLong(ConnectionEvent::heldNanos).sum() / 1e6;
    double busy = group.stream().mapToLong(ConnectionEvent::busyNanos).sum() / 1e6;
    ConnectionEvent first = group.get(0);
    String change =
        "Hold the connection only around the statements: move remote calls, file work and"
            + " computation out of the connection's (or transaction's) scope.";
    return FindingBuilder.of(INFO, context)
        .severity(Severity.MEDIUM)
        .confidence(0.8)
        .title(
            String.format(
                Locale.ROOT,
                "%d %s held %.0f ms on average but used %.0f ms, taken at %s%s",
                group.size(),
                group.size() == 1 ? "connection" : "connections",
                held / group.size(),
                busy / group.size(),
                taken.origin(),
                taken.fromPool(severalPools)))
        .msSaved(ImpactWindow.of(context).captured(Math.min(poolWait, held - busy)))
        .evidence("connections", group.size())
        .evidence("pool", taken.pool())
        .evidence("heldMs", held)
        .evidence("busyMs", busy)
        .evidence("thread", first.thread())
        .evidence("unitOfWork", first.unitOfWork())
        .evidence("acquireStack", first.acquireStack())
        .recommendation(new Recommendation(change, null, change, null, null))
        .build();
  }

  /**
   * Freed pool time turns into saved time only when callers waited for connections, so the impact
   * is the captured wait for that pool's connections at most (0 without its pool figures).
   */
  private static double poolWaitMs(AnalysisContext context, Taken taken) {
    for (PoolEvidence pool : context.events().pools()) {
      if (pool.name().equals(taken.pool())) {
        return context.events().forPool(pool).connections().stream()
                .mapToLong(c -> Math.max(0, c.acquireNanos()))
                .sum()
            / 1e6;
      }
    }
    return 0;
  }

  /** The first application frame of the acquiring stack, else the thread and unit. */
  private static String origin(ConnectionEvent c) {
    if (c.acquireStack() != null) {
      for (String line : c.acquireStack().split("\n")) {
        String frame = line.trim().replaceFirst("^at ", "");
        if (!frame.isEmpty() && !LibraryFrames.isLibrary(frame)) {
          return frame;
        }
      }
    }
    return c.unitOfWork() != null
        ? "unit of work '" + c.unitOfWork() + "'"
        : "thread " + c.thread();
  }
}
