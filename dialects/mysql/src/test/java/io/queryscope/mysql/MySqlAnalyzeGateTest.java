package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.plan.Plan;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MariaDB {@code ANALYZE} / MySQL {@code EXPLAIN ANALYZE} run only statements whose every function
 * is an allowed built-in, views included. Each refused statement is still planned, its warning
 * names the function, and the server shows that nothing ran: no audit row, no lock held, no
 * sequence advanced, no thirty-second wait.
 */
@MySqlTest
class MySqlAnalyzeGateTest {

  /** With writes allowed, too: a rollback would not undo a lock, a sleep or a MyISAM write. */
  private static final ExplainOptions ANALYZE_WRITES =
      new ExplainOptions(true, false, true, List.of());

  private static TestDatabase db;
  private static Connection connection;
  private static MySqlSession session;

  @BeforeAll
  static void open(TestDatabase database) throws Exception {
    db = database;
    db.execute(
        "create table analyze_t (id int primary key, name varchar(20))",
        "insert into analyze_t values (1, 'a'), (2, 'b'), (3, 'B')",
        // MyISAM: a write would survive any rollback.
        "create table analyze_audit (n int) engine = MyISAM",
        "create function analyze_audit_fn(n int) returns int modifies sql data begin insert into"
            + " analyze_audit values (n); return n; end",
        "create view analyze_v_audit as select analyze_audit_fn(7) as n",
        "create view analyze_v_audit2 as select n from analyze_v_audit",
        "create view analyze_v_sleep as select id, sleep(30) as s from analyze_t",
        "create view analyze_v_safe as select id, upper(name) as n, concat(name, '!') as c from"
            + " analyze_t where id > 0",
        "create sequence analyze_seq");
    connection = db.connection();
    session =
        (MySqlSession) Dialects.forConnection(connection).open(connection, SessionOptions.DEFAULTS);
  }

  @AfterAll
  static void close() throws Exception {
    session.close();
    connection.close();
  }

  @Test
  void aStoredFunctionIsRefusedDirectlyAndThroughTwoViews() throws SQLException {
    assertRefused("select analyze_audit_fn(7)", "analyze_audit_fn()");
    assertRefused(
        "select * from analyze_v_audit2",
        "analyze_audit_fn() (in view " + db.databaseName() + ".analyze_v_audit)");
    assertThat(single("select count(*) from analyze_audit")).isEqualTo("0");
  }

  @Test
  void sleepIsRefusedSoTheCallReturnsLongBeforeItsThirtySeconds() {
    long start = System.nanoTime();
    Plan direct = session.explain("select sleep(30)", ANALYZE_WRITES);
    Plan hidden = session.explain("select * from analyze_v_sleep", ANALYZE_WRITES);
    Plan disguised = session.explain("select `SLEEP` /* x */ (30)", ANALYZE_WRITES);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertRefused(direct, "sleep()");
    assertRefused(hidden, "sleep()");
    assertRefused(disguised, "SLEEP()");
    assertThat(seconds).as("seconds for three refused SLEEP(30) statements").isLessThan(30);
  }

  @Test
  void getLockIsRefusedAndTheLockIsFreeForAnotherConnection() throws SQLException {
    Plan plan = session.explain("select get_lock('analyze_x', 0)", ANALYZE_WRITES);

    assertRefused(plan, "get_lock()");
    assertThat(note(plan)).contains("named lock");
    assertThat(single("select is_free_lock('analyze_x')")).isEqualTo("1");
  }

  @Test
  void benchmarkAssignmentsAndSequencesAreRefused() throws SQLException {
    String before = single("select next_not_cached_value from analyze_seq");

    assertRefused(
        session.explain("select benchmark(1000000000, md5('a'))", ANALYZE_WRITES), "benchmark()");
    assertRefused("select nextval(analyze_seq)", "nextval()");
    assertRefused("select next value for analyze_seq", "NEXT VALUE FOR");
    assertRefused(session.explain("select @analyze_v := 5", ANALYZE_WRITES), "@var :=");

    assertThat(single("select next_not_cached_value from analyze_seq")).isEqualTo(before);
  }

  @Test
  void anAllowedInsertStillRunsRolledBackButNotWithAStoredFunction() throws SQLException {
    Plan insert =
        session.explain("insert into analyze_t (id, name) values (10, upper('x'))", ANALYZE_WRITES);
    assertThat(insert.analyzed()).as(insert.warnings().toString()).isTrue();
    assertRefused(
        "insert into analyze_t (id, name) values (11, analyze_audit_fn(1))", "analyze_audit_fn()");
    assertThat(single("select count(*) from analyze_t where id >= 10")).isEqualTo("0");
    assertThat(single("select count(*) from analyze_audit")).isEqualTo("0");
  }

  @Test
  void builtInsAndAHarmlessViewStillRunWithAnalyze() {
    Plan plain =
        session.explain(
            "select lower(name), count(*), max(id) from analyze_t where date(now()) > '2000-01-01'"
                + " group by lower(name)",
            ExplainOptions.ANALYZE);
    Plan view = session.explain("select * from analyze_v_safe", ExplainOptions.ANALYZE);

    assertThat(plain.analyzed()).as(plain.warnings().toString()).isTrue();
    assertThat(view.analyzed()).as(view.warnings().toString()).isTrue();
    assertThat(view.warnings()).noneMatch(w -> w.startsWith("ANALYZE skipped"));
  }

  /**
   * The refusal, from the plan's warning, or from the error when MariaDB would not even plan the
   * statement read-only (a stored function that writes, a sequence).
   */
  private static void assertRefused(String sql, String what) {
    String why;
    try {
      Plan plan = session.explain(sql, ANALYZE_WRITES);
      assertRefused(plan, what);
      return;
    } catch (QueryScopeException e) {
      why = e.getMessage();
    }
    assertThat(why).startsWith("ANALYZE skipped because").contains(what);
  }

  private static void assertRefused(Plan plan, String what) {
    assertThat(plan.analyzed()).as("executed").isFalse();
    assertThat(plan.root()).as("still planned").isNotNull();
    assertThat(note(plan)).contains(what);
  }

  private static String note(Plan plan) {
    return plan.warnings().stream()
        .filter(w -> w.startsWith("ANALYZE skipped"))
        .findFirst()
        .orElse("");
  }

  /** Read on a connection of its own: what another client sees. */
  private static String single(String sql) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
