package io.queryscope.rules.application;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.UnitOfWorkEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits captured statements into units of work, the span N+1 detection looks inside: an explicit
 * unit (a request, a test method) when the statement names one, else its transaction, else its
 * connection. Units with the same name on the same thread are told apart by their time spans, so
 * ten requests to {@code GET /orders} are ten units, not one.
 */
public final class WorkUnits {

  /** One unit's statements in execution order. */
  public record Unit(String label, List<StatementEvent> statements) {

    public double totalMs() {
      return statements.stream().mapToDouble(StatementEvent::totalMs).sum();
    }
  }

  private WorkUnits() {}

  public static List<Unit> of(CapturedEvents events) {
    Map<String, Unit> units = new LinkedHashMap<>();
    List<StatementEvent> ordered = new ArrayList<>(events.statements());
    ordered.sort(
        Comparator.comparingLong(StatementEvent::startEpochMicros)
            .thenComparingLong(StatementEvent::sequence));
    for (StatementEvent e : ordered) {
      String key = key(e, events.unitsOfWork());
      units.computeIfAbsent(key, k -> new Unit(label(e), new ArrayList<>())).statements().add(e);
    }
    return List.copyOf(units.values());
  }

  private static String key(StatementEvent e, List<UnitOfWorkEvent> spans) {
    if (e.unitOfWork() != null) {
      for (int i = 0; i < spans.size(); i++) {
        UnitOfWorkEvent u = spans.get(i);
        long end = u.startEpochMicros() + u.durationNanos() / 1000;
        if (u.name().equals(e.unitOfWork())
            && (u.thread() == null || u.thread().equals(e.thread()))
            && e.startEpochMicros() >= u.startEpochMicros()
            && e.startEpochMicros() <= end) {
          return "unit#" + i;
        }
      }
      return "unit:" + e.unitOfWork() + "@" + e.thread();
    }
    if (e.transactionId() != 0) {
      return "tx:" + e.connectionId() + ":" + e.transactionId();
    }
    return "connection:" + e.connectionId();
  }

  private static String label(StatementEvent e) {
    if (e.unitOfWork() != null) {
      return e.unitOfWork();
    }
    return e.transactionId() != 0
        ? "transaction " + e.transactionId() + " on connection " + e.connectionId()
        : "connection " + e.connectionId();
  }
}
