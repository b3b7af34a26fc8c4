package io.queryscope.rules;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.catalog.ColumnStats;
import io.queryscope.core.catalog.ForeignKeyInfo;
import io.queryscope.core.catalog.IndexInfo;
import io.queryscope.core.catalog.LockWait;
import io.queryscope.core.catalog.ServerState;
import io.queryscope.core.catalog.SessionInfo;
import io.queryscope.core.catalog.TableInfo;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.PoolConfig;
import io.queryscope.core.events.PoolEvidence;
import io.queryscope.core.events.PoolSnapshot;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.events.UnitOfWorkEvent;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.model.ServerVersion;
import io.queryscope.core.model.Target;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.Workload;
import io.queryscope.core.workload.WorkloadSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns a fixture case's recorded evidence into the neutral model a rule reads. */
final class FixtureContexts {

  /** Captured events start here; fixtures give times relative to it. */
  static final long BASE_MICROS = 1_763_700_000_000_000L;

  private static final Pattern SITE = Pattern.compile("(.+)\\.([^.(]+)\\(([^:)]+)(?::(\\d+))?\\)");

  private FixtureContexts() {}

  static AnalysisContext of(String ruleId, FixtureSpec.Case c) {
    Map<String, Double> thresholds = new HashMap<>();
    if (c.settings() != null) {
      // A key naming its rule ("n-plus-one.min-executions") sets another rule's threshold.
      c.settings().forEach((k, v) -> thresholds.put(k.contains(".") ? k : ruleId + "." + k, v));
    }
    Target target =
        c.target() == null
            ? null
            : new Target(DatabaseKind.fromId(c.target()), ServerVersion.UNKNOWN, null);
    return new AnalysisContext(
        target,
        workload(c),
        plans(c),
        catalog(c.catalog()),
        server(c.server()),
        events(c),
        new RuleSettings(thresholds, Map.of(), java.util.Set.of()));
  }

  private static CapturedEvents events(FixtureSpec.Case c) {
    if (c.statements() == null
        && c.connections() == null
        && c.pool() == null
        && c.pools() == null) {
      return CapturedEvents.NONE;
    }
    List<PoolEvidence> pools = new ArrayList<>();
    if (c.pool() != null) {
      pools.add(pool(c.pool()));
    }
    if (c.pools() != null) {
      c.pools().forEach(p -> pools.add(pool(p)));
    }
    // As in an events file from before pools were named: one pool supplied every connection.
    String onlyPool = pools.size() == 1 ? pools.get(0).name() : null;
    return new CapturedEvents(
        statements(c.statements()),
        connections(c.connections(), onlyPool),
        units(c.units()),
        pools,
        0);
  }

  private static List<StatementEvent> statements(List<FixtureSpec.Statement> specs) {
    List<StatementEvent> out = new ArrayList<>();
    if (specs == null) {
      return out;
    }
    long clock = BASE_MICROS;
    for (FixtureSpec.Statement s : specs) {
      int repeat = s.repeat() == null ? 1 : s.repeat();
      for (int i = 1; i <= repeat; i++) {
        clock += (long) ((i == 1 ? or(s.gapMs(), 0.1) : 0.1) * 1000);
        String sql = s.sql().replace("{i}", Integer.toString(i));
        List<String> binds = new ArrayList<>();
        if (s.binds() != null) {
          final int n = i;
          s.binds()
              .forEach(b -> binds.add(b == null ? null : b.replace("{i}", Integer.toString(n))));
        }
        long nanos = (long) (or(s.ms(), 1.0) * 1e6);
        StatementKind kind =
            s.kind() == null
                ? StatementKind.QUERY
                : StatementKind.valueOf(s.kind().toUpperCase(Locale.ROOT));
        out.add(
            new StatementEvent(
                out.size() + 1,
                clock,
                sql,
                Fingerprinter.fingerprint(sql).id(),
                binds,
                kind,
                s.batch() == null ? 1 : s.batch(),
                nanos,
                0,
                or(s.rows(), kind == StatementKind.QUERY ? 1L : -1L),
                or(s.affected(), kind == StatementKind.QUERY ? -1L : 1L),
                0,
                s.error() == null ? null : "XX000",
                s.error(),
                or(s.conn(), 1L),
                or(s.tx(), 0L),
                s.thread() == null ? "main" : s.thread(),
                s.unit(),
                site(s.site(), s.callers())));
        clock += nanos / 1000;
      }
    }
    return out;
  }

  private static CallSite site(String text, List<String> callers) {
    if (text == null) {
      return null;
    }
    Matcher m = SITE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "fixture call site '" + text + "' is not Class.method(File:line)");
    }
    return new CallSite(
        m.group(1),
        m.group(2),
        m.group(3),
        m.group(4) == null ? -1 : Integer.parseInt(m.group(4)),
        callers);
  }

  private static List<UnitOfWorkEvent> units(List<FixtureSpec.Unit> specs) {
    List<UnitOfWorkEvent> out = new ArrayList<>();
    if (specs != null) {
      for (FixtureSpec.Unit u : specs) {
        out.add(
            new UnitOfWorkEvent(
                u.name(),
                BASE_MICROS + (long) (or(u.startMs(), 0.0) * 1000),
                (long) (or(u.durationMs(), 1e9) * 1e6),
                u.thread() == null ? "main" : u.thread(),
                0));
      }
    }
    return out;
  }

  private static List<ConnectionEvent> connections(
      List<FixtureSpec.Connection> specs, String onlyPool) {
    List<ConnectionEvent> out = new ArrayList<>();
    if (specs == null) {
      return out;
    }
    for (FixtureSpec.Connection c : specs) {
      int repeat = c.repeat() == null ? 1 : c.repeat();
      for (int i = 0; i < repeat; i++) {
        double at = or(c.atMs(), 0.0) + i * or(c.everyMs(), 10.0);
        boolean returned = c.returned() == null || c.returned();
        out.add(
            new ConnectionEvent(
                c.id() == null ? out.size() + 1 : c.id() + i,
                c.pool() == null ? onlyPool : c.pool(),
                BASE_MICROS + (long) (at * 1000),
                (long) (or(c.acquireMs(), 0.1) * 1e6),
                returned ? (long) (or(c.heldMs(), 10.0) * 1e6) : -1,
                (long) (or(c.busyMs(), 5.0) * 1e6),
                c.statements() == null ? 1 : c.statements(),
                returned,
                c.failed() != null && c.failed(),
                c.thread() == null ? "worker-" + i : c.thread(),
                c.unit(),
                c.stack()));
      }
    }
    return out;
  }

  private static PoolEvidence pool(FixtureSpec.Pool p) {
    List<PoolSnapshot> snapshots = new ArrayList<>();
    if (p.snapshots() != null) {
      p.snapshots()
          .forEach(
              s ->
                  snapshots.add(
                      new PoolSnapshot(
                          or(s.at(), 0L), s.active(), s.idle(), s.total(), s.waiting())));
    }
    PoolConfig config =
        p.name() == null
            ? null
            : new PoolConfig(p.name(), or(p.max(), 10), 0, or(p.timeoutMs(), 30000L));
    return new PoolEvidence(
        p.name(),
        config,
        snapshots,
        or(p.acquisitions(), 0L),
        or(p.timeouts(), 0L),
        or(p.p50(), 0.0),
        or(p.p95(), 0.0),
        or(p.p99(), 0.0),
        or(p.max_ms(), 0.0));
  }

  private static Workload workload(FixtureSpec.Case c) {
    if (c.workload() == null) {
      return Workload.EMPTY;
    }
    List<StatementStats> stats = new ArrayList<>();
    for (FixtureSpec.Stats s : c.workload()) {
      var fp = Fingerprinter.fingerprint(s.sql());
      long calls = or(s.calls(), 1L);
      double total = or(s.totalMs(), or(s.meanMs(), 1.0) * calls);
      stats.add(
          new StatementStats(
              fp.id(),
              fp.normalized(),
              s.sample() == null ? s.sql() : s.sample(),
              s.sampleBinds(),
              null,
              s.source() == null
                  ? WorkloadSource.PG_STAT_STATEMENTS
                  : WorkloadSource.valueOf(s.source()),
              calls,
              total,
              total / Math.max(1, calls),
              or(s.maxMs(), total / Math.max(1, calls)),
              or(s.rows(), -1L),
              or(s.rowsExamined(), -1L),
              s.counters()));
    }
    Instant since =
        c.workloadHoursAgo() == null
            ? null
            : Instant.now().minus(Duration.ofMinutes((long) (c.workloadHoursAgo() * 60)));
    return new Workload(stats, since, List.of());
  }

  private static Map<Long, Plan> plans(FixtureSpec.Case c) {
    Map<Long, Plan> plans = new LinkedHashMap<>();
    if (c.plans() == null) {
      return plans;
    }
    for (FixtureSpec.PlanRef ref : c.plans()) {
      DatabaseKind kind = DatabaseKind.fromId(ref.dialect() == null ? c.target() : ref.dialect());
      String text = ref.json() != null ? ref.json() : resource(ref.file());
      // A recording keeps its statement beside it: plans/x/name.json and name.sql.
      String sql =
          ref.sql() != null ? ref.sql() : resource(ref.file().replace(".json", ".sql")).trim();
      Plan plan =
          Dialects.byKind(kind)
              .orElseThrow(
                  () -> new IllegalStateException("no " + kind + " dialect on the class path"))
              .parsePlan(text, sql);
      plans.put(Fingerprinter.fingerprint(sql).id(), plan);
    }
    return plans;
  }

  static String resource(String path) {
    try (InputStream in = FixtureContexts.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "fixture resource " + path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalog catalog(FixtureSpec.Catalog c) {
    if (c == null) {
      return Catalog.EMPTY;
    }
    List<TableInfo> tables = new ArrayList<>();
    if (c.tables() != null) {
      for (FixtureSpec.Table t : c.tables()) {
        tables.add(
            new TableInfo(
                t.schema(),
                t.name(),
                or(t.rows(), -1L),
                or(t.bytes(), -1L),
                or(t.seqScans(), -1L),
                or(t.idxScans(), -1L),
                or(t.rowsRead(), -1L),
                or(t.inserts(), -1L),
                or(t.updates(), -1L),
                or(t.deletes(), -1L),
                0,
                t.analyzedDaysAgo() == null ? null : daysAgo(t.analyzedDaysAgo())));
      }
    }
    List<IndexInfo> indexes = new ArrayList<>();
    if (c.indexes() != null) {
      for (FixtureSpec.Index i : c.indexes()) {
        indexes.add(
            new IndexInfo(
                i.schema(),
                i.table(),
                i.name(),
                i.columns(),
                null,
                i.include(),
                or(i.unique(), false),
                or(i.primary(), false),
                i.predicate(),
                or(i.valid(), true),
                true,
                or(i.bytes(), 1_000_000L),
                or(i.scans(), -1L),
                i.method() == null ? "btree" : i.method()));
      }
    }
    List<ForeignKeyInfo> fks = new ArrayList<>();
    if (c.foreignKeys() != null) {
      for (FixtureSpec.ForeignKey f : c.foreignKeys()) {
        fks.add(
            new ForeignKeyInfo(
                f.name(),
                f.schema(),
                f.table(),
                f.columns(),
                f.schema(),
                f.refTable(),
                f.refColumns()));
      }
    }
    List<ColumnStats> columns = new ArrayList<>();
    if (c.columns() != null) {
      for (FixtureSpec.Column s : c.columns()) {
        columns.add(
            new ColumnStats(
                s.schema(),
                s.table(),
                s.column(),
                or(s.distinct(), Double.NaN),
                or(s.nullFraction(), Double.NaN),
                or(s.mostCommon(), Double.NaN),
                or(s.correlation(), Double.NaN)));
      }
    }
    // A real catalog lists every table its indexes and keys are on.
    Set<String> listed = new HashSet<>();
    tables.forEach(t -> listed.add(t.name()));
    Stream.concat(
            indexes.stream().map(i -> new String[] {i.schema(), i.table()}),
            fks.stream().map(f -> new String[] {f.schema(), f.table()}))
        .filter(st -> listed.add(st[1]))
        .forEach(
            st -> tables.add(new TableInfo(st[0], st[1], -1, -1, -1, -1, -1, -1, -1, -1, 0, null)));
    return new Catalog(
        tables, indexes, fks, columns, c.statsAgeDays() == null ? null : daysAgo(c.statsAgeDays()));
  }

  private static ServerState server(FixtureSpec.Server s) {
    if (s == null) {
      return ServerState.UNKNOWN;
    }
    List<SessionInfo> sessions = new ArrayList<>();
    if (s.sessions() != null) {
      for (FixtureSpec.Session x : s.sessions()) {
        sessions.add(
            new SessionInfo(
                x.id(),
                x.user(),
                x.application(),
                SessionInfo.State.valueOf(x.state().toUpperCase(Locale.ROOT)),
                x.stateSeconds() == null
                    ? null
                    : Duration.ofMillis((long) (x.stateSeconds() * 1000)),
                x.transactionSeconds() == null
                    ? null
                    : Duration.ofMillis((long) (x.transactionSeconds() * 1000)),
                x.waiting() != null && x.waiting(),
                x.query()));
      }
    }
    List<LockWait> locks = new ArrayList<>();
    if (s.locks() != null) {
      for (FixtureSpec.Lock l : s.locks()) {
        locks.add(
            new LockWait(
                l.waiting(),
                l.blocking(),
                Duration.ofMillis((long) or(l.waitedMs(), 0.0).doubleValue()),
                l.query(),
                null,
                null));
      }
    }
    return new ServerState(
        s.settings() == null ? Map.of() : s.settings(),
        or(s.maxConnections(), -1),
        sessions,
        locks);
  }

  private static Instant daysAgo(double days) {
    return Instant.now().minus(Duration.ofMinutes((long) (days * 24 * 60)));
  }

  private static <T> T or(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
