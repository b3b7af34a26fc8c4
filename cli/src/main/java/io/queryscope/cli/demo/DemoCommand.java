package io.queryscope.cli.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.analysis.Analysis;
import io.queryscope.analysis.AnalysisInput;
import io.queryscope.analysis.AnalysisRequest;
import io.queryscope.analysis.AnalysisResult;
import io.queryscope.cli.OutputOptions;
import io.queryscope.cli.Progress;
import io.queryscope.cli.ReportOutput;
import io.queryscope.cli.analysis.ReportDocuments;
import io.queryscope.cli.connect.ConnectionSpec;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.cli.connect.Timeouts;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScope;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.rule.RuleSettings;
import io.queryscope.demo.DemoDatabase;
import io.queryscope.demo.ShopData;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code queryscope demo}: everything on a throwaway embedded PostgreSQL, so a new user sees a real
 * report with nothing installed but a JDK.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "A complete analysis of a planted workload on an embedded PostgreSQL 17.",
      "",
      "Start an embedded PostgreSQL 17, load the shop schema, run a small application with",
      "planted problems (an N+1 loop, missing indexes, an undersized pool, deep OFFSET paging, a",
      "non-sargable lower() lookup ...) through a captured HikariCP pool, and analyse it all.",
      "Needs nothing but a JDK; the database is dropped at the end."
    })
public final class DemoCommand implements Callable<Integer> {

  /** Small on purpose: twelve checkout threads share it. */
  static final int POOL_SIZE = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      paramLabel = "N",
      defaultValue = "1",
      description = "Shop data scale: 1 = 100,000 orders (default ${DEFAULT-VALUE}).")
  double scale;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    if (!(scale > 0 && scale <= 5)) {
      throw new QueryScopeException(
          ErrorCode.USAGE, "--scale " + scale + ": use a value in (0, 5]");
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, Progress.modeFor(output.quiet(), true));
    long start = System.nanoTime();
    progress.phase("starting PostgreSQL");
    try (DemoDatabase db = DemoDatabase.create()) {
      progress.phase(
          String.format(
              Locale.ROOT,
              "loading the shop schema at scale %s into %s",
              scale,
              db.serverDescription()));
      ShopData.create(db, scale);
      DemoCustomers customers = DemoCustomers.read(db);
      resetStatementStatistics(db, progress);
      AnalysisResult result;
      try (QueryScope scope =
              QueryScope.builder()
                  .poolSampleInterval(Duration.ofMillis(50))
                  .frameFilters(ShopJdbc.class.getName())
                  .build();
          HikariDataSource pool = pool(db)) {
        ShopApplication app = new ShopApplication(scope.wrap(pool));
        DemoWorkload workload = new DemoWorkload(app, scope, customers);
        progress.phase("running the shop application through the queryscope proxy");
        workload.requests();
        progress.phase(
            "running "
                + DemoWorkload.CHECKOUT_THREADS
                + " concurrent checkouts on a pool of "
                + POOL_SIZE);
        int timedOut = workload.checkoutBurst();
        if (timedOut > 0) {
          progress.note(timedOut + " checkouts timed out waiting for a connection");
        }
        CapturedEvents events = scope.events();
        ConnectionSpec target = new ConnectionSpec(db.jdbcUrl(), db.user(), db.password());
        progress.phase("connecting the analyzer");
        // A throwaway database: indexes are tried for real inside a rolled-back transaction.
        SessionOptions session = Timeouts.DEFAULTS.session(true);
        try (TargetConnection tc = TargetConnection.open(target, session)) {
          AnalysisRequest request =
              new AnalysisRequest(20, true, WhatIfMode.TRANSACTIONAL, RuleSettings.DEFAULTS);
          result =
              new Analysis(request, progress).run(AnalysisInput.live(tc.session(), events, null));
        }
      }
      int exit =
          ReportOutput.write(
              ReportDocuments.of(result, output.showLiterals()),
              output,
              spec.commandLine().getOut(),
              err);
      if (!output.quiet()) {
        err.println(
            String.format(
                Locale.ROOT,
                "queryscope: demo finished in %.1f s; the demo database is dropped",
                (System.nanoTime() - start) / 1e9));
        err.flush();
      }
      return exit;
    }
  }

  private static HikariDataSource pool(DemoDatabase db) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("shop");
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(POOL_SIZE);
    config.setConnectionTimeout(250);
    return new HikariDataSource(config);
  }

  /**
   * The load's COPY and ANALYZE statements are not the application's workload: forget them, for
   * this database only (the server may be shared).
   */
  private static void resetStatementStatistics(DemoDatabase db, Progress progress) {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_stat_statements_reset(0, (select oid from pg_database where datname ="
              + " current_database()), 0)");
    } catch (SQLException e) {
      progress.note(
          "could not reset pg_stat_statements for the demo database ("
              + e.getMessage()
              + "); the data load shows in the statistics");
    }
  }
}
