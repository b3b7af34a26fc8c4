package io.queryscope.rules.application;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Runs of one statement shape from one call site inside one unit of work: the raw material of N+1,
 * repeated-query and unbatched-write findings, and of the pool rule's "why".
 */
public final class Bursts {

  /**
   * One fingerprint run repeatedly from one call site in one unit.
   *
   * @param parent the query just before the burst, when it fetched at least as many rows as the
   *     burst has distinct bind sets (its rows plausibly fed the binds); null otherwise
   */
  public record Burst(
      WorkUnits.Unit unit,
      long fingerprintId,
      String callSite,
      List<StatementEvent> executions,
      int distinctBinds,
      int mostRepeated,
      StatementEvent parent) {

    public double totalMs() {
      return executions.stream().mapToDouble(StatementEvent::totalMs).sum();
    }

    public StatementEvent first() {
      return executions.get(0);
    }
  }

  private Bursts() {}

  /** Bursts of at least {@code minExecutions} statements the filter accepts, in each unit. */
  public static List<Burst> find(
      List<WorkUnits.Unit> units, int minExecutions, Predicate<StatementEvent> filter) {
    List<Burst> bursts = new ArrayList<>();
    for (WorkUnits.Unit unit : units) {
      Map<List<Object>, List<StatementEvent>> groups = new LinkedHashMap<>();
      for (StatementEvent e : unit.statements()) {
        if (e.kind() != StatementKind.BATCH && filter.test(e)) {
          String site = e.callSite() == null ? null : e.callSite().toString();
          groups
              .computeIfAbsent(
                  java.util.Arrays.asList(e.fingerprintId(), site), k -> new ArrayList<>())
              .add(e);
        }
      }
      groups.forEach(
          (key, executions) -> {
            if (executions.size() >= minExecutions) {
              bursts.add(burst(unit, (Long) key.get(0), (String) key.get(1), executions));
            }
          });
    }
    return bursts;
  }

  /** Queries only: what N+1 and repeated-query look at. */
  public static boolean isQuery(StatementEvent e) {
    return e.kind() == StatementKind.QUERY && !e.failed();
  }

  private static Burst burst(
      WorkUnits.Unit unit, long fingerprintId, String site, List<StatementEvent> executions) {
    Map<List<Object>, Integer> counts = new LinkedHashMap<>();
    for (StatementEvent e : executions) {
      counts.merge(List.of(e.sql(), String.valueOf(e.binds())), 1, Integer::sum);
    }
    int mostRepeated = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new Burst(
        unit,
        fingerprintId,
        site,
        List.copyOf(executions),
        counts.size(),
        mostRepeated,
        parent(unit, executions.get(0), counts.size()));
  }

  /** Only the statement right before the burst can be its parent: it ran, then the loop. */
  private static StatementEvent parent(
      WorkUnits.Unit unit, StatementEvent firstChild, int children) {
    List<StatementEvent> all = unit.statements();
    int at = all.indexOf(firstChild);
    if (at <= 0) {
      return null;
    }
    StatementEvent candidate = all.get(at - 1);
    return candidate.fingerprintId() != firstChild.fingerprintId()
            && isQuery(candidate)
            && candidate.rowsFetched() >= children
        ? candidate
        : null;
  }
}
