package io.queryscope.postgresql;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.plan.Plan;
import io.queryscope.core.plan.Plan.PlanSource;
import io.queryscope.core.sql.Fingerprint;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.LogGroups;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the messages of a PostgreSQL log add up to, message by message: per fingerprint and kind of
 * entry the count, total and largest duration and rows, and a few of its slowest plans; what could
 * not be read is counted. Memory stays bounded however long the log: see {@link LogGroups} and
 * {@link #PLANS_PER_FINGERPRINT}.
 */
final class AutoExplainGroups {

  private static final Pattern PLAN =
      Pattern.compile("^duration: ([0-9.]+) ms\\s+plan:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern STATEMENT =
      Pattern.compile(
          "^duration: ([0-9.]+) ms\\s+(?:statement|execute [^:]*):\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern TEXT_QUERY = Pattern.compile("^Query Text: (.*)$", Pattern.DOTALL);

  /**
   * Plans kept per fingerprint, the slowest first: one statement can run under different plans for
   * different parameters, and the slowest is the one worth reading.
   */
  static final int PLANS_PER_FINGERPRINT = 3;

  /**
   * Chars of plan JSON kept as samples for the whole log: a parsed plan holds a few times its text,
   * so this stays a small share of the heap (8 M chars under -Xmx256m).
   */
  static final long PLAN_SAMPLE_CHARS = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 32);

  private final int maxMessageChars;
  private final LogGroups<Group> groups = new LogGroups<>();
  private long planChars = PLAN_SAMPLE_CHARS;
  private long plansNotKept;
  private long skipped;
  private long firstBad;
  private String firstProblem;
  private long textPlans;
  private long oversized;
  private long firstOversized;

  AutoExplainGroups(int maxMessageChars) {
    this.maxMessageChars = maxMessageChars;
  }

  /** Lines that belonged to no message, from the splitter. */
  void garbage(long lines, long firstLine, String why) {
    if (lines > 0) {
      skipped += lines;
      problem(firstLine, why);
    }
  }

  void add(LogMessage message) {
    if (message.cut()) {
      oversized++;
      firstOversized = firstOversized == 0 ? message.line() : firstOversized;
      problem(
          message.line(),
          "the message is longer than the "
              + maxMessageChars / (1 << 20)
              + " MB queryscope reads of one log message");
      return;
    }
    try {
      read(message);
    } catch (RuntimeException e) {
      skipped += message.lines();
      problem(message.line(), e.getMessage());
    }
  }

  private void read(LogMessage message) {
    Matcher plan = PLAN.matcher(message.text());
    if (plan.matches()) {
      double ms = Double.parseDouble(plan.group(1));
      String body = plan.group(2).strip();
      if (body.startsWith("{")) {
        Plan p;
        try {
          p = PostgresExplainParser.parse(body, null, PlanSource.LOG);
        } catch (QueryScopeException e) {
          skipped += message.lines();
          problem(message.line(), "its auto_explain plan does not parse: " + e.getMessage());
          return;
        }
        Group g = group(p.sql(), WorkloadSource.AUTO_EXPLAIN_LOG, ms);
        if (g != null) {
          g.add(ms, rowsOf(p));
          offer(g, p, ms, body.length());
        }
      } else {
        // auto_explain.log_format = text: the duration still counts, the plan cannot be read.
        textPlans++;
        Matcher query = TEXT_QUERY.matcher(body);
        String sql = query.matches() ? query.group(1).lines().findFirst().orElse("") : "";
        Group g = group(sql, WorkloadSource.AUTO_EXPLAIN_LOG, ms);
        if (g != null) {
          g.add(ms, -1);
        }
      }
      return;
    }
    Matcher statement = STATEMENT.matcher(message.text());
    if (statement.matches()) {
      double ms = Double.parseDouble(statement.group(1));
      Group g = group(statement.group(2), WorkloadSource.SLOW_LOG, ms);
      if (g != null) {
        g.add(ms, -1);
      }
    }
  }

  private void problem(long line, String why) {
    if (firstBad == 0 || line < firstBad) {
      firstBad = line;
      firstProblem = why;
    }
  }

  private Group group(String sql, WorkloadSource source, double ms) {
    Fingerprint fp = Fingerprinter.fingerprint(sql);
    Group g =
        groups.group(
            source + ":" + fp.id(),
            () -> new Group(fp.id(), groups.keep(fp.normalized()), groups.keep(sql), source));
    if (g == null) {
      groups.fold(ms);
    }
    return g;
  }

  /**
   * Keeps the plan when it is among its group's slowest and the sample budget has room. A group's
   * first plan may take any of the budget, its second and third only while more than half is left,
   * so that in a log of many fingerprints more of them have a plan at all.
   */
  private void offer(Group g, Plan p, double ms, long chars) {
    List<Sample> kept = g.plans;
    boolean room =
        kept.isEmpty() || kept.size() < PLANS_PER_FINGERPRINT && planChars > PLAN_SAMPLE_CHARS / 2;
    if (room) {
      if (chars > planChars) {
        plansNotKept++;
        return;
      }
    } else {
      Sample fastest = kept.get(kept.size() - 1);
      if (ms <= fastest.ms()) {
        return;
      }
      if (chars > planChars + fastest.chars()) {
        plansNotKept++;
        return;
      }
      kept.remove(kept.size() - 1);
      planChars += fastest.chars();
    }
    planChars -= chars;
    int at = 0;
    while (at < kept.size() && kept.get(at).ms() >= ms) {
      at++;
    }
    kept.add(at, new Sample(p, ms, chars));
  }

  private static long rowsOf(Plan plan) {
    return plan.root().actuals() == null ? -1 : Math.round(plan.root().actuals().totalRows());
  }

  boolean isEmpty() {
    return groups.groups().isEmpty();
  }

  long skipped() {
    return skipped;
  }

  long firstBad() {
    return firstBad;
  }

  String firstProblem() {
    return firstProblem;
  }

  List<StatementStats> stats() {
    return groups.groups().stream().map(Group::stats).toList();
  }

  /** Each group's kept plans, slowest first, groups in the order the log first showed them. */
  List<Plan> plans() {
    List<Plan> out = new ArrayList<>();
    for (Group g : groups.groups()) {
      g.plans.forEach(s -> out.add(s.plan()));
    }
    return out;
  }

  List<String> notes(Object file) {
    List<String> notes = new ArrayList<>();
    if (textPlans > 0) {
      notes.add(
          textPlans
              + " plans in "
              + file
              + " were logged in text format and could not be read: set"
              + " auto_explain.log_format = json");
    }
    if (skipped > 0) {
      notes.add(skipped + " lines of " + file + " were skipped (first at line " + firstBad + ")");
    }
    if (oversized > 0) {
      notes.add(
          oversized
              + " messages of "
              + file
              + " were longer than the "
              + maxMessageChars / (1 << 20)
              + " MB queryscope reads of one log message and were skipped (first at line "
              + firstOversized
              + ")");
    }
    if (plansNotKept > 0) {
      notes.add(
          plansNotKept
              + " plans of "
              + file
              + " were counted but not kept: the plans kept as samples reached "
              + PLAN_SAMPLE_CHARS / (1 << 20)
              + " MB");
    }
    groups.note(notes, file);
    return notes;
  }

  private record Sample(Plan plan, double ms, long chars) {}

  /** Durations of one fingerprint from one kind of log entry. */
  private static final class Group {
    private final long fingerprintId;
    private final String normalized;
    private final String sample;
    private final WorkloadSource source;
    private final List<Sample> plans = new ArrayList<>(1);
    private long calls;
    private double totalMs;
    private double maxMs;
    private long rows = -1;

    Group(long fingerprintId, String normalized, String sample, WorkloadSource source) {
      this.fingerprintId = fingerprintId;
      this.normalized = normalized;
      this.sample = sample;
      this.source = source;
    }

    void add(double ms, long rowCount) {
      calls++;
      totalMs += ms;
      maxMs = Math.max(maxMs, ms);
      if (rowCount >= 0) {
        rows = Math.max(rows, 0) + rowCount;
      }
    }

    StatementStats stats() {
      return new StatementStats(
          fingerprintId,
          normalized,
          sample,
          List.of(),
          null,
          source,
          calls,
          totalMs,
          totalMs / calls,
          maxMs,
          rows,
          -1,
          Map.of());
    }
  }
}
