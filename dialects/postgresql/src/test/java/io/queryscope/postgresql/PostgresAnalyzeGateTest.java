package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.plan.Plan;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --analyze} proves a statement harmless from its VERBOSE plan before EXPLAIN ANALYZE runs
 * it: functions hidden behind views are refused with a note naming them, and each test checks on
 * the server that nothing happened (the other session lives, counters stand, no lock is held, no
 * audit row). A harmless view still runs, so the gate is not "refuse everything".
 */
@PostgresTest
class PostgresAnalyzeGateTest {

  @RegisterExtension static final TestDatabaseExtension db = TestDatabaseExtension.postgres();

  /** With writes allowed, too: a rolled-back transaction would not undo any of these. */
  private static final ExplainOptions ANALYZE_WRITES =
      new ExplainOptions(true, true, true, List.of());

  private static Connection connection;
  private static DialectSession session;

  @BeforeAll
  static void setUp() throws SQLException {
    db.get()
        .execute(
            "create table analyze_counted (id int primary key, name text)",
            "insert into analyze_counted select g, 'n' || g from generate_series(1, 50) g",
            "create table analyze_audit (n int)",
            "create function analyze_audit_fn(n int) returns int language plpgsql volatile as"
                + " $$ begin insert into analyze_audit values (n); return n; end $$",
            "create view analyze_v_term as select pg_terminate_backend(pid) as killed from"
                + " pg_stat_activity where application_name = 'analyze_victim'",
            "create view analyze_v_reset as select"
                + " pg_stat_reset_single_table_counters('analyze_counted'::regclass)::text as reset",
            "create view analyze_v_lock as select pg_advisory_lock(42)::text as locked",
            "create view analyze_v_audit as select analyze_audit_fn(7) as n",
            "create view analyze_v_audit2 as select n from analyze_v_audit",
            // An operator hides its function even from the plan: only pg_operator tells.
            "create function analyze_op_fn(a int, b int) returns boolean language plpgsql"
                + " volatile as $$ begin insert into analyze_audit values (a); return a = b;"
                + " end $$",
            "create operator === (leftarg = int, rightarg = int, function = analyze_op_fn)",
            "create view analyze_v_op as select id from analyze_counted where id === 3",
            // A trigger's function is in no plan; a rollback would not undo its notification.
            "create table analyze_watched (id int)",
            "create function analyze_notify() returns trigger language plpgsql as $$ begin"
                + " perform pg_notify('analyze_channel', 'x'); return new; end $$",
            "create trigger analyze_watch before insert on analyze_watched for each row execute"
                + " function analyze_notify()",
            "create schema \"analyze Odd\"",
            "create function \"analyze Odd\".\"Kill\"(p int) returns boolean language plpgsql"
                + " volatile as $$ begin return pg_terminate_backend(p); end $$",
            "create view analyze_v_odd as select \"analyze Odd\".\"Kill\"(pid) as k from"
                + " pg_stat_activity where application_name = 'analyze_victim'",
            // STABLE on its label, yet PostgreSQL lets it PERFORM a volatile function.
            "create function analyze_stable_kill(p int) returns int language plpgsql stable as"
                + " $$ begin perform pg_terminate_backend(p); return 1; end $$",
            "create view analyze_v_stable as select analyze_stable_kill(pid) as k from"
                + " pg_stat_activity where application_name = 'analyze_victim'",
            "create function analyze_dynamic(p int) returns int language plpgsql stable as"
                + " $$ begin execute 'select 1'; return p; end $$",
            "create function analyze_safe_fn(t text) returns text language plpgsql stable as"
                + " $$ begin if (t is null) then return ''; end if; return lower(t); end $$",
            "create view analyze_v_safe as select id, analyze_safe_fn(name) as n, random() as r,"
                + " now() as t from analyze_counted where id > 10 and name like 'n%'");
    connection = db.connection();
    session =
        new PostgresDialect()
            .open(
                connection,
                new SessionOptions(
                    java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(2), false));
  }

  @AfterAll
  static void tearDown() throws SQLException {
    session.close();
    connection.close();
  }

  @Test
  void aViewOverPgTerminateBackendLeavesTheOtherSessionAlive() throws SQLException {
    try (Connection victim = db.connection()) {
      try (Statement st = victim.createStatement()) {
        st.execute("set application_name = 'analyze_victim'");
      }
      int victimPid = pid(victim);

      Plan plan = session.explain("select * from analyze_v_term", ANALYZE_WRITES);
      Plan odd = session.explain("select * from analyze_v_odd", ANALYZE_WRITES);

      assertRefused(plan, "pg_terminate_backend()", "analyze_v_term");
      assertRefused(odd, "analyze Odd.Kill()", "analyze_v_odd");
      Plan stable = session.explain("select * from analyze_v_stable", ANALYZE_WRITES);
      assertRefused(
          stable, "pg_terminate_backend() (called by analyze_stable_kill())", "analyze_v_stable");
      assertRefused(
          session.explain("select analyze_dynamic(1)", ANALYZE_WRITES),
          "analyze_dynamic() — runs dynamic SQL",
          null);
      assertThat(pid(victim)).as("the victim session still answers").isEqualTo(victimPid);
      assertThat(count("select count(*) from pg_stat_activity where pid = " + victimPid))
          .isEqualTo(1);
    }
  }

  @Test
  void aViewOverAStatisticsResetLeavesTheCountersStanding() throws Exception {
    long before = seqScansAfterScanning();

    Plan plan = session.explain("select * from analyze_v_reset", ANALYZE_WRITES);

    assertRefused(plan, "pg_stat_reset_single_table_counters()", "analyze_v_reset");
    assertThat(seqScans()).as("seq_scan of analyze_counted").isGreaterThanOrEqualTo(before);
  }

  @Test
  void aViewOverAnAdvisoryLockTakesNoLock() throws SQLException {
    Plan plan = session.explain("select * from analyze_v_lock", ANALYZE_WRITES);

    assertRefused(plan, "pg_advisory_lock()", "analyze_v_lock");
    // The session is still open: a lock it took would be held until it closes.
    assertThat(count("select count(*) from pg_locks where locktype = 'advisory' and objid = 42"))
        .isZero();
  }

  @Test
  void aVolatileUserFunctionIsRefusedDirectlyThroughTwoViewsAndBehindAnOperator()
      throws SQLException {
    Plan direct = session.explain("select analyze_audit_fn(7)", ANALYZE_WRITES);
    Plan nested = session.explain("select * from analyze_v_audit2", ANALYZE_WRITES);

    assertRefused(direct, "analyze_audit_fn()", null);
    assertRefused(nested, "analyze_audit_fn()", "analyze_v_audit");
    assertRefused(
        session.explain("select * from analyze_v_op", ANALYZE_WRITES),
        "operator === (function analyze_op_fn())",
        null);
    assertThat(count("select count(*) from analyze_audit")).isZero();
  }

  @Test
  void aWriteWhoseTableHasATriggerIsNotRunEvenWithWritesAllowed() throws SQLException {
    Plan plan = session.explain("insert into analyze_watched values (1)", ANALYZE_WRITES);

    assertRefused(plan, "trigger analyze_watch (function analyze_notify())", null);
    assertThat(count("select count(*) from analyze_watched")).isZero();
    // Without a trigger the same kind of write still runs, rolled back.
    Plan plain = session.explain("insert into analyze_audit values (1)", ANALYZE_WRITES);
    assertThat(plain.analyzed()).as(plain.warnings().toString()).isTrue();
    assertThat(count("select count(*) from analyze_audit")).isZero();
  }

  @Test
  void aHarmlessViewStillRunsWithAnalyze() {
    Plan plan = session.explain("select * from analyze_v_safe order by n", ExplainOptions.ANALYZE);

    assertThat(plan.analyzed()).as(plan.warnings().toString()).isTrue();
    assertThat(plan.warnings()).noneMatch(w -> w.startsWith("ANALYZE skipped"));
  }

  private static void assertRefused(Plan plan, String function, String view) {
    assertThat(plan.analyzed()).as("executed").isFalse();
    assertThat(plan.root()).as("still planned").isNotNull();
    String note =
        plan.warnings().stream()
            .filter(w -> w.startsWith("ANALYZE skipped"))
            .findFirst()
            .orElse("");
    assertThat(note).contains(function);
    if (view != null) {
      assertThat(note).contains("view public." + view);
    }
  }

  private static int pid(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Scans the table, flushes the counters, and waits (bounded) until they show the scans. */
  private static long seqScansAfterScanning() throws Exception {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      for (int i = 0; i < 3; i++) {
        st.executeQuery("select count(*) from analyze_counted where name <> ''").close();
      }
      if (c.getMetaData().getDatabaseMajorVersion() >= 15) {
        // 15+ keeps counters in shared memory and flushes them when asked; before that the
        // statistics collector receives them within about half a second, which the wait covers.
        st.execute("select pg_stat_force_next_flush()");
      }
      st.execute("select 1");
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    long scans = seqScans();
    while (scans < 3 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      scans = seqScans();
    }
    assertThat(scans).as("the counters saw the scans").isGreaterThanOrEqualTo(3);
    return scans;
  }

  private static long seqScans() throws SQLException {
    return count(
        "select coalesce(seq_scan, 0) from pg_stat_user_tables where relname = 'analyze_counted'");
  }
}
