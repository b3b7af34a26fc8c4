package io.queryscope.junit;

import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.sql.FingerprintId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where each statement shape ran from, with counts, for messages a CI log can point at. */
final class StatementSites {

  /** One fingerprint's executions in capture order: the SQL of the first and its call sites. */
  static final class Shape {
    final String fingerprint;
    final String sql;
    int executions;
    final Map<String, Integer> sites = new LinkedHashMap<>();
    final Map<String, List<String>> callers = new LinkedHashMap<>();

    Shape(String fingerprint, String sql) {
      this.fingerprint = fingerprint;
      this.sql = sql;
    }
  }

  private final Map<String, Shape> shapes = new LinkedHashMap<>();

  private StatementSites() {}

  static StatementSites of(CapturedEvents events) {
    StatementSites out = new StatementSites();
    for (StatementEvent e : events.statements()) {
      out.add(e);
    }
    return out;
  }

  private void add(StatementEvent e) {
    String hex = FingerprintId.hex(e.fingerprintId());
    Shape shape = shapes.computeIfAbsent(hex, h -> new Shape(h, e.sql()));
    shape.executions++;
    CallSite site = e.callSite();
    String where = site == null ? "unknown call site (call-site capture is off)" : site.toString();
    shape.sites.merge(where, 1, Integer::sum);
    if (site != null) {
      shape.callers.putIfAbsent(where, site.callers());
    }
  }

  Shape shape(String fingerprint) {
    return shapes.get(fingerprint);
  }

  List<Shape> shapes() {
    return List.copyOf(shapes.values());
  }

  /** Test-framework and JDK frames above the test method say nothing about the application. */
  private static boolean isApplicationFrame(String frame) {
    return !(frame.startsWith("org.junit.")
        || frame.startsWith("java.")
        || frame.startsWith("jdk.")
        || frame.startsWith("sun."));
  }

  /**
   * Lines like {@code 20× at com.shop.Repo.items(Repo.java:42)}, each followed by up to two {@code
   * from …} caller lines, indented by {@code indent}.
   */
  static void appendSites(StringBuilder out, Shape shape, String indent) {
    shape.sites.forEach(
        (site, count) -> {
          out.append(indent).append(count).append("× at ").append(site).append('\n');
          shape.callers.getOrDefault(site, List.of()).stream()
              .filter(StatementSites::isApplicationFrame)
              .limit(2)
              .forEach(
                  caller -> out.append(indent).append("     from ").append(caller).append('\n'));
        });
  }
}
