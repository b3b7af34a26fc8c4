package io.queryscope.rules.application;

import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.finding.Finding;
import io.queryscope.core.finding.Recommendation;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.DatabaseKind;
import io.queryscope.core.rule.AnalysisContext;
import io.queryscope.core.rule.Evidence;
import io.queryscope.core.rule.Rule;
import io.queryscope.core.rule.RuleInfo;
import io.queryscope.core.sql.SqlAnalyzer;
import io.queryscope.core.sql.StatementType;
import io.queryscope.rules.ddl.TargetDialect;
import io.queryscope.rules.finding.FindingBuilder;
import io.queryscope.rules.finding.ImpactWindow;
import io.queryscope.rules.finding.QueryRefs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many single-row INSERT, UPDATE or DELETE statements of one shape from one call site in one unit
 * of work, each a round trip, where one JDBC batch would send them together.
 */
public final class UnbatchedWritesRule implements Rule {

  static final RuleInfo INFO =
      new RuleInfo(
          "unbatched-writes",
          "Writes not batched",
          "Many single-row writes in a loop where a JDBC batch would do.",
          Severity.MEDIUM,
          Set.of(Evidence.CAPTURED_STATEMENTS),
          Map.of("min-executions", 10.0, "batched-cost-share", 0.2),
          List.of(),
          "0.1.0");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public List<Finding> evaluate(AnalysisContext context) {
    int min = (int) context.settings().threshold(INFO, "min-executions");
    Map<List<Object>, List<Bursts.Burst>> bySite = new LinkedHashMap<>();
    for (Bursts.Burst b :
        Bursts.find(WorkUnits.of(context.events()), min, UnbatchedWritesRule::singleWrite)) {
      bySite
          .computeIfAbsent(Arrays.asList(b.fingerprintId(), b.callSite()), k -> new ArrayList<>())
          .add(b);
    }
    List<Finding> findings = new ArrayList<>();
    bySite.values().forEach(bursts -> findings.add(finding(context, bursts)));
    return findings;
  }

  private static boolean singleWrite(StatementEvent e) {
    return e.kind() == StatementKind.UPDATE && e.batchSize() <= 1 && !e.failed() && isDml(e.sql());
  }

  /** By the analyzer, not the first word: Hibernate's use_sql_comments puts a comment first. */
  private static boolean isDml(String sql) {
    return WRITES.contains(SqlAnalyzer.analyze(sql).statementType());
  }

  private static final Set<StatementType> WRITES =
      EnumSet.of(StatementType.INSERT, StatementType.UPDATE, StatementType.DELETE);

  private Finding finding(AnalysisContext context, List<Bursts.Burst> bursts) {
    Bursts.Burst worst =
        bursts.stream().max(java.util.Comparator.comparingInt(b -> b.executions().size())).get();
    StatementEvent first = worst.first();
    double total = bursts.stream().mapToDouble(Bursts.Burst::totalMs).sum();
    double batchedShare = context.settings().threshold(INFO, "batched-cost-share");
    String verb = SqlAnalyzer.analyze(first.sql()).statementType().name();
    String where = worst.callSite() == null ? "" : " at " + worst.callSite();
    String fix = fix(TargetDialect.of(context));
    return FindingBuilder.of(INFO, context)
        .confidence(worst.callSite() == null ? 0.7 : 0.85)
        .title(
            worst.executions().size()
                + " single-row "
                + verb
                + " statements sent one at a time in "
                + worst.unit().label()
                + where)
        .query(QueryRefs.of(context, first.fingerprintId(), first.sql()))
        .msSaved(ImpactWindow.of(context).captured(total * (1 - batchedShare)))
        .evidence("executionsPerUnit", worst.executions().size())
        .evidence("units", bursts.size())
        .evidence("totalMs", total)
        .evidence("sql", first.sql())
        .evidence("callSite", worst.callSite())
        .recommendation(new Recommendation(fix, null, fix, null, null))
        .build();
  }

  private static String fix(DatabaseKind dialect) {
    String driver =
        dialect == DatabaseKind.POSTGRESQL
            ? " and add reWriteBatchedInserts=true to the pgjdbc URL so inserts go as multi-row"
                + " statements"
            : " and add rewriteBatchedStatements=true to the JDBC URL so the driver sends"
                + " multi-row statements";
    return "Send them as one batch: PreparedStatement.addBatch() per row and executeBatch() every"
        + " few hundred rows"
        + driver
        + ". Hibernate: set hibernate.jdbc.batch_size (and hibernate.order_inserts=true); IDENTITY"
        + " ids disable insert batching, use a sequence. jOOQ: batchInsert/batchStore or a"
        + " multi-row insertInto(...).values(...).";
  }
}
