package io.queryscope.junit;

import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.plan.PlanNode;
import java.util.List;
import java.util.function.Predicate;

/** Statements as a failure message: each shape with its count, SQL and call sites. */
final class StatementList {

  private StatementList() {}

  static String failure(String headline, CapturedEvents events, Predicate<StatementEvent> which) {
    CapturedEvents chosen =
        new CapturedEvents(
            events.statements().stream().filter(which).toList(),
            List.of(),
            List.of(),
            List.of(),
            events.droppedStatements());
    StringBuilder out = new StringBuilder(headline).append("\n\n");
    for (StatementSites.Shape shape : StatementSites.of(chosen).shapes()) {
      out.append("  ")
          .append(shape.executions)
          .append("× fingerprint ")
          .append(shape.fingerprint)
          .append(": ")
          .append(Sql.shorten(shape.sql))
          .append('\n');
      StatementSites.appendSites(out, shape, "      ");
    }
    if (events.droppedStatements() > 0) {
      out.append("  (")
          .append(events.droppedStatements())
          .append(" older statements are not listed: the capture ring was full)\n");
    }
    return out.toString();
  }

  static String fullScans(String headline, List<FullScans.FullScan> scans, CapturedEvents events) {
    StatementSites sites = StatementSites.of(events);
    StringBuilder out = new StringBuilder(headline).append("\n\n");
    for (FullScans.FullScan scan : scans) {
      PlanNode node = scan.node();
      out.append("  ")
          .append(scan.table())
          .append(" (about ")
          .append(scan.tableRows())
          .append(" rows) read in full by ")
          .append(node.nodeType() == null ? "a full scan" : node.nodeType());
      if (node.filter() != null) {
        out.append(", filter ").append(node.filter());
      }
      out.append('\n');
      StatementSites.Shape shape = sites.shape(scan.fingerprint());
      out.append("    fingerprint ").append(scan.fingerprint());
      if (shape != null) {
        out.append(", ")
            .append(shape.executions)
            .append(shape.executions == 1 ? " execution: " : " executions: ")
            .append(Sql.shorten(shape.sql))
            .append('\n');
        StatementSites.appendSites(out, shape, "      ");
      } else {
        out.append('\n');
      }
    }
    out.append("Add an index the predicate can use, or query by an indexed column.");
    return out.toString();
  }
}
