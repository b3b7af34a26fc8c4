package io.queryscope.junit;

import io.queryscope.core.QueryScope;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.sql.FingerprintId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * Plans and the catalog of the database a scope captured, taken once per statement shape and kept
 * for the scope's life, so a shape seen in twenty tests is explained once. Explains go through a
 * connection of the application's own DataSource, unwrapped so they are never captured, in a
 * read-only dialect session with timeouts.
 */
final class ScopeEvidence {

  /** What explaining a test's statements produced. */
  record Explained(Target target, Map<Long, Plan> plans, Catalog catalog, List<String> notes) {

    static final Explained NONE = new Explained(null, Map.of(), null, List.of());
  }

  // Keyed weakly by scope so a test class's scope and its plans go when the class is done.
  private static final Map<QueryScope, ScopeEvidence> BY_SCOPE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<Long, Plan> plans = new HashMap<>();
  private final Map<Long, String> failures = new HashMap<>();
  private Catalog catalog;
  private Target target;
  private String unavailable;

  private ScopeEvidence() {}

  static ScopeEvidence of(QueryScope scope) {
    return BY_SCOPE.computeIfAbsent(scope, s -> new ScopeEvidence());
  }

  /** Plans for the explainable statements among {@code statements}, explaining new shapes. */
  synchronized Explained explain(QueryScope scope, List<StatementEvent> statements) {
    Map<Long, StatementEvent> samples = new LinkedHashMap<>();
    for (StatementEvent e : statements) {
      if (Explainable.test(e)) {
        samples.putIfAbsent(e.fingerprintId(), e);
      }
    }
    List<StatementEvent> fresh = new ArrayList<>();
    for (StatementEvent e : samples.values()) {
      if (!plans.containsKey(e.fingerprintId()) && !failures.containsKey(e.fingerprintId())) {
        fresh.add(e);
      }
    }
    if (!fresh.isEmpty() || (catalog == null && !samples.isEmpty())) {
      explainNew(scope, fresh);
    }
    Map<Long, Plan> found = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    if (unavailable != null && !samples.isEmpty()) {
      notes.add(unavailable);
    }
    for (Long id : samples.keySet()) {
      Plan plan = plans.get(id);
      if (plan != null) {
        found.put(id, plan);
      } else if (failures.containsKey(id)) {
        notes.add(
            "no plan for fingerprint "
                + FingerprintId.hex(id)
                + ": "
                + failures.get(id)
                + " ("
                + Sql.shorten(samples.get(id).sql())
                + ")");
      }
    }
    return new Explained(target, found, catalog, notes);
  }

  private void explainNew(QueryScope scope, List<StatementEvent> fresh) {
    List<DataSource> sources = scope.wrappedDataSources();
    if (sources.isEmpty()) {
      unavailable =
          "no plans: queryscope explains through the DataSource you wrap, and none was wrapped with"
              + " scope.wrap(dataSource) (a jOOQ listener or JDBC-driver capture cannot be"
              + " explained)";
      return;
    }
    try (Connection connection = sources.get(0).getConnection()) {
      Dialect dialect = dialect(connection);
      if (dialect == null) {
        return;
      }
      try (DialectSession session = dialect.open(connection, SessionOptions.DEFAULTS)) {
        target = session.target();
        if (catalog == null) {
          catalog = session.readCatalog();
        }
        for (StatementEvent e : fresh) {
          if (CutText.isCut(e.sql())) {
            continue; // only the start of a very long text was kept: no statement to plan
          }
          try {
            plans.put(
                e.fingerprintId(),
                session.explain(
                    e.sql(),
                    ExplainOptions.ESTIMATE.withSampleBinds(CutText.wholeOrEmpty(e.binds()))));
          } catch (RuntimeException ex) {
            failures.put(e.fingerprintId(), oneLine(ex));
          }
        }
      }
      unavailable = null;
    } catch (SQLException | RuntimeException e) {
      unavailable = "no plans: could not explain against the wrapped DataSource: " + oneLine(e);
    }
  }

  private Dialect dialect(Connection connection) {
    if (Dialects.all().isEmpty()) {
      unavailable =
          "no plans: no queryscope dialect on the class path; add io.queryscope:queryscope-postgresql"
              + " or io.queryscope:queryscope-mysql with test scope";
      return null;
    }
    try {
      return Dialects.forConnection(connection);
    } catch (QueryScopeException e) {
      unavailable = "no plans: " + e.getMessage();
      return null;
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
