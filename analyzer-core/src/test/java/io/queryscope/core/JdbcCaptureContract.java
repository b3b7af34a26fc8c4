package io.queryscope.core;

import static io.queryscope.core.events.StatementKind.BATCH;
import static io.queryscope.core.events.StatementKind.QUERY;
import static io.queryscope.core.events.StatementKind.UPDATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.CallSite;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.ConnectionEvent;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.events.StatementKind;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.TestDatabase;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Wrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the proxy records and which JDBC behaviour it preserves, run against each real driver
 * through HikariCP. Subclasses name the server and its dialect differences.
 */
abstract class JdbcCaptureContract {

  HikariDataSource pool;
  QueryScope scope;
  DataSource ds;

  /** The database of the subclass's server, with table {@code items} created empty. */
  abstract TestDatabase database();

  /** The JDBC URL to pool, with any driver settings a test needs. */
  String poolUrl() {
    return database().jdbcUrl();
  }

  /** The driver's own classes behind each JDBC object, which unwrap must reach. */
  abstract DriverTypes driverTypes();

  /**
   * The driver's own types for each JDBC interface queryscope wraps. Some drivers keep their
   * classes package-private: {@link #named} loads those by name.
   */
  record DriverTypes(
      Class<?> connection,
      Class<?> statement,
      Class<?> preparedStatement,
      Class<?> callableStatement,
      Class<?> resultSet,
      Class<?> metaData) {

    static Class<?> named(String className) {
      try {
        return Class.forName(className);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("the driver has no " + className, e);
      }
    }
  }

  /** Two result sets from one execute(): "select 1; select 2" in the dialect. */
  abstract String twoQueries();

  /** A procedure call statement that the server understands, returning nothing. */
  abstract String callStatement();

  /**
   * What the driver answers for each entry of a prepared INSERT batch of two or more rows: pgjdbc
   * counts each row (1); Connector/J with {@code rewriteBatchedStatements} sends one multi-row
   * INSERT and answers {@link Statement#SUCCESS_NO_INFO} for each. A batch of one is sent as it is
   * and counted by both.
   */
  abstract int batchedInsertCount();

  /** The SQLState of a duplicate primary key: 23505 on PostgreSQL, 23000 on MySQL/MariaDB. */
  abstract String duplicateKeySqlState();

  /** The rows queryscope records for a batch of {@code n} inserts: -1 when the driver won't say. */
  long recordedBatchRows(int n) {
    return batchedInsertCount() == Statement.SUCCESS_NO_INFO ? -1 : (long) n * batchedInsertCount();
  }

  @BeforeEach
  void openPool() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(poolUrl());
    config.setUsername(database().user());
    config.setPassword(database().password());
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    pool = new HikariDataSource(config);
    scope = QueryScope.builder().poolSampleInterval(java.time.Duration.ZERO).build();
    ds = scope.wrap(pool);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from items");
    }
  }

  @AfterEach
  void closePool() {
    scope.close();
    pool.close();
  }

  @Test
  void aLargeBatchIsRecordedLikeABatch() throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("insert into items (name, qty) values (?, ?)")) {
      for (int i = 1; i <= 3; i++) {
        ps.setString(1, "large" + i);
        ps.setInt(2, i);
        ps.addBatch();
      }
      long each = batchedInsertCount();
      assertThat(ps.executeLargeBatch()).containsExactly(each, each, each);
      // The statement is ready for the next batch, as without queryscope.
      ps.setString(1, "again");
      ps.setInt(2, 9);
      ps.addBatch();
      assertThat(ps.executeLargeBatch()).containsExactly(1L);
    }
    List<StatementEvent> batches = scope.events().statements();
    assertThat(batches).extracting(StatementEvent::kind).containsOnly(StatementKind.BATCH);
    assertThat(batches).extracting(StatementEvent::batchSize).containsExactly(3, 1);
    assertThat(batches)
        .extracting(StatementEvent::rowsAffected)
        .containsExactly(recordedBatchRows(3), 1L);
    // A batch keeps its first row's values as the sample.
    assertThat(batches.get(0).binds()).containsExactly("large1", "1");
  }

  @Test
  void aBatchOfSqlTextsOnAPlainStatementIsRecordedAsOneBatch() throws SQLException {
    String first = "insert into items (name, qty) values ('s1', 1)";
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.addBatch(first);
      s.addBatch("insert into items (name, qty) values ('s2', 2)");
      s.addBatch("update items set qty = 7 where name like 's%'");
      // Texts are not rewritten into one INSERT: every driver counts each of them.
      assertThat(s.executeBatch()).containsExactly(1, 1, 2);
      s.addBatch("delete from items where qty = 7");
      assertThat(s.executeLargeBatch()).containsExactly(2L);
    }
    List<StatementEvent> batches = scope.events().statements();
    assertThat(batches)
        .extracting(StatementEvent::kind, StatementEvent::batchSize, StatementEvent::rowsAffected)
        .containsExactly(tuple(StatementKind.BATCH, 3, 4L), tuple(StatementKind.BATCH, 1, 2L));
    StatementEvent batch = batches.get(0);
    // The event is named by the batch's first SQL text; a plain statement has no binds.
    assertThat(batch.sql()).isEqualTo(first);
    assertThat(batch.fingerprintId()).isEqualTo(Fingerprinter.fingerprint(first).id());
    assertThat(batch.binds()).isEmpty();
    assertThat(batches.get(1).sql()).isEqualTo("delete from items where qty = 7");
    assertThat(count("items")).isZero();
  }

  @Test
  void aFailingBatchThrowsTheDriversBatchUpdateExceptionAndIsRecordedWithItsSqlState()
      throws SQLException {
    String sql = "insert into items (id, name, qty) values (?, ?, 1)";
    BatchUpdateException raw;
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      raw = (BatchUpdateException) catchSql(() -> duplicateKeyBatch(ps));
    }
    assertThat(count("items")).as("the batch failed as a whole").isZero();

    BatchUpdateException seen;
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      seen = (BatchUpdateException) catchSql(() -> duplicateKeyBatch(ps));
    }
    assertThat((Throwable) seen).isExactlyInstanceOf(raw.getClass()).hasMessage(raw.getMessage());
    assertThat(seen.getSQLState()).isEqualTo(raw.getSQLState()).isEqualTo(duplicateKeySqlState());
    assertThat(seen.getErrorCode()).isEqualTo(raw.getErrorCode());
    // Both drivers run the batch as one unit in autocommit: no entry's row is kept.
    int failed = Statement.EXECUTE_FAILED;
    assertThat(seen.getUpdateCounts())
        .isEqualTo(raw.getUpdateCounts())
        .containsExactly(failed, failed, failed);
    assertThat(count("items")).isZero();

    StatementEvent event = scope.events().statements().get(0);
    assertThat(event.kind()).isEqualTo(StatementKind.BATCH);
    assertThat(event.batchSize()).isEqualTo(3);
    assertThat(event.binds()).containsExactly("1000", "a");
    assertThat(event.failed()).isTrue();
    assertThat(event.sqlState()).isEqualTo(duplicateKeySqlState());
    assertThat(event.errorMessage()).isEqualTo(raw.getMessage());
    assertThat(event.rowsAffected()).isEqualTo(-1);
    assertThat(scope.workload().statements())
        .singleElement()
        .satisfies(g -> assertThat(g.counter("errors")).isEqualTo(1));
  }

  /** Three rows, the second with the first one's key. */
  private static void duplicateKeyBatch(PreparedStatement ps) throws SQLException {
    long[] ids = {1000, 1000, 1001};
    String[] names = {"a", "b", "c"};
    for (int i = 0; i < ids.length; i++) {
      ps.setLong(1, ids[i]);
      ps.setString(2, names[i]);
      ps.addBatch();
    }
    ps.executeBatch();
  }

  @Test
  void recordsKindsBindsRowsCallSitesAndUnitsOfWork() throws SQLException {
    try (UnitOfWork work = scope.unitOfWork("load items");
        Connection c = ds.getConnection()) {
      for (int i = 1; i <= 3; i++) {
        try (PreparedStatement ps =
            c.prepareStatement("insert into items (name, qty) values (?, ?)")) {
          ps.setString(1, "item" + i);
          ps.setInt(2, i * 10);
          assertThat(ps.executeUpdate()).isEqualTo(1);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement("insert into items (name, qty) values (?, ?)")) {
        for (int i = 4; i <= 8; i++) {
          ps.setString(1, "item" + i);
          ps.setNull(2, java.sql.Types.INTEGER);
          ps.addBatch();
        }
        int each = batchedInsertCount();
        assertThat(ps.executeBatch()).containsExactly(each, each, each, each, each);
      }
      try (PreparedStatement ps = c.prepareStatement("select name from items where qty >= ?")) {
        ps.setLong(1, 20);
        try (ResultSet rs = ps.executeQuery()) {
          List<String> names = new ArrayList<>();
          while (rs.next()) {
            names.add(rs.getString(1));
          }
          assertThat(names).containsExactlyInAnyOrder("item2", "item3");
        }
      }
      try (Statement s = c.createStatement()) {
        assertThat(s.execute("update items set qty = 0 where qty is null")).isFalse();
        assertThat(s.getUpdateCount()).isEqualTo(5);
      }
    }

    CapturedEvents events = scope.events();
    List<StatementEvent> statements = events.statements();
    assertThat(statements)
        .extracting(StatementEvent::kind)
        .containsExactly(UPDATE, UPDATE, UPDATE, BATCH, QUERY, UPDATE);
    assertThat(statements)
        .extracting(StatementEvent::sequence)
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    StatementEvent first = statements.get(0);
    assertThat(first.binds()).containsExactly("item1", "10");
    assertThat(first.rowsAffected()).isEqualTo(1);
    assertThat(first.fingerprintId())
        .isEqualTo(Fingerprinter.fingerprint("insert into items (name, qty) values (?, ?)").id())
        .isEqualTo(statements.get(1).fingerprintId());
    StatementEvent batch = statements.get(3);
    assertThat(batch.batchSize()).isEqualTo(5);
    assertThat(batch.binds()).containsExactly("item4", null);
    StatementEvent query = statements.get(4);
    assertThat(query.binds()).containsExactly("20");
    assertThat(query.rowsFetched()).isEqualTo(2);
    // Fetch size 0: the driver read the rows during execute, next() is not timed.
    assertThat(query.fetchNanos()).isZero();
    assertThat(query.executeNanos()).isPositive();
    assertThat(statements.get(5).rowsAffected()).isEqualTo(5);
    assertThat(statements)
        .allSatisfy(
            s -> {
              assertThat(s.unitOfWork()).isEqualTo("load items");
              assertThat(s.transactionId()).isZero();
              assertThat(s.thread()).isEqualTo(Thread.currentThread().getName());
              assertThat(s.callSite().className()).isEqualTo(JdbcCaptureContract.class.getName());
              assertThat(s.callSite().methodName())
                  .isEqualTo("recordsKindsBindsRowsCallSitesAndUnitsOfWork");
              assertThat(s.callSite().fileName()).isEqualTo("JdbcCaptureContract.java");
              assertThat(s.failed()).isFalse();
            });
    // The singles share one line; the batch (the same SQL text), query and update follow it.
    List<Integer> lines = statements.stream().map(e -> e.callSite().lineNumber()).toList();
    assertThat(lines.subList(0, 3)).containsOnly(lines.get(0));
    assertThat(lines.subList(2, 6)).isSorted().doesNotHaveDuplicates();
    assertThat(statements)
        .extracting(StatementEvent::connectionId)
        .containsOnly(statements.get(0).connectionId());

    assertThat(events.unitsOfWork())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("load items");
              assertThat(u.statements()).isEqualTo(6);
            });
    ConnectionEvent connection = events.connections().get(0);
    assertThat(connection.connectionId()).isEqualTo(statements.get(0).connectionId());
    assertThat(connection.statements()).isEqualTo(6);
    assertThat(connection.returned()).isTrue();
    // Busy is the time its statements took, executing and fetching, to the nanosecond.
    assertThat(connection.busyNanos())
        .isPositive()
        .isEqualTo(statements.stream().mapToLong(e -> e.executeNanos() + e.fetchNanos()).sum());
    assertThat(connection.heldNanos()).isGreaterThan(connection.busyNanos());
    assertThat(connection.acquireStack()).isNull();

    var workload = scope.workload();
    // Three single inserts and the batch share one fingerprint: four calls. Connector/J's
    // SUCCESS_NO_INFO for batch entries leaves their rows unknown, not zero, and out of the total.
    var inserts = workload.byFingerprint(first.fingerprintId()).orElseThrow();
    assertThat(inserts.calls()).isEqualTo(4);
    assertThat(batch.rowsAffected()).isEqualTo(recordedBatchRows(5));
    assertThat(inserts.rows()).isEqualTo(3 + Math.max(0, recordedBatchRows(5)));
    assertThat(workload.byFingerprint(query.fingerprintId()).orElseThrow().rows()).isEqualTo(2);
    assertThat(scope.statementCount()).isEqualTo(6);
    assertThat(scope.internalFailures()).isZero();
  }

  @Test
  void withAFetchSizeTheTimeInNextIsMeasured() throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < 5; i++) {
        insert(c, "row" + i);
      }
      try (PreparedStatement ps = c.prepareStatement("select name from items")) {
        ps.setFetchSize(2);
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows++;
          }
        }
        assertThat(rows).isEqualTo(5);
      }
      c.commit();
    }
    StatementEvent select = scope.events().statements().get(5);
    assertThat(select.rowsFetched()).isEqualTo(5);
    assertThat(select.fetchNanos()).isPositive();
  }

  @Test
  void cursorMovesOfAScrollableResultSetCountAsRowsFetched() throws SQLException {
    try (Connection c = ds.getConnection()) {
      for (int i = 0; i < 5; i++) {
        insert(c, "row" + i);
      }
      try (Statement s =
              c.createStatement(ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY);
          ResultSet rs = s.executeQuery("select name from items order by id")) {
        assertThat(rs.last()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("row4");
        assertThat(rs.first()).isTrue();
        assertThat(rs.absolute(3)).isTrue();
        assertThat(rs.getString(1)).isEqualTo("row2");
        assertThat(rs.relative(1)).isTrue();
        assertThat(rs.previous()).isTrue();
        assertThat(rs.relative(0)).as("stays on row 3: nothing fetched").isTrue();
        assertThat(rs.getString(1)).isEqualTo("row2");
        assertThat(rs.absolute(10)).as("after the last row").isFalse();
        assertThat(rs.previous()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("row4");
        assertThat(rs.next()).isFalse();
      }
    }
    List<StatementEvent> statements = scope.events().statements();
    StatementEvent select = statements.get(statements.size() - 1);
    assertThat(select.kind()).isEqualTo(StatementKind.QUERY);
    // last, first, absolute(3), relative(1), previous, previous: six moves onto a row.
    assertThat(select.rowsFetched()).isEqualTo(6);
  }

  /**
   * Every kind of evidence a real run leaves survives export and import field for field: a
   * transaction, a query, generated keys, a batch, a failure with its SQLState, a unit of work, the
   * pool, and a connection never closed with the stack that took it.
   */
  @Test
  void eventsOfARealRunSurviveExportAndImport(@TempDir Path dir) throws SQLException {
    Connection leaked = ds.getConnection();
    try {
      try (UnitOfWork work = scope.unitOfWork("export");
          Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        insert(c, "exported");
        c.commit();
        c.setAutoCommit(true);
        try (PreparedStatement ps =
            c.prepareStatement("select name, qty from items where name = ?")) {
          ps.setString(1, "exported");
          try (ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into items (name, qty) values (?, 2)", Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, "keyed");
          assertThat(ps.executeUpdate()).isEqualTo(1);
          try (ResultSet keys = ps.getGeneratedKeys()) {
            assertThat(keys.next()).isTrue();
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("insert into items (name, qty) values (?, 3)")) {
          for (String name : List.of("b1", "b2")) {
            ps.setString(1, name);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
          catchSql(() -> s.executeQuery("select * from no_such_table"));
        }
      }
      selectOne(leaked);

      CapturedEvents original = scope.events();
      Path file = dir.resolve("events.jsonl");
      scope.exportEvents(file, ExportOptions.EVERYTHING);
      CapturedEvents imported = QueryScope.importEvents(file);

      assertThat(imported).isEqualTo(original);
      List<StatementEvent> statements = imported.statements();
      assertThat(statements)
          .extracting(StatementEvent::kind)
          .containsExactly(UPDATE, QUERY, UPDATE, BATCH, QUERY, QUERY);
      assertThat(statements.get(0).transactionId()).isPositive();
      assertThat(statements.get(0).callSite().methodName()).isEqualTo("insert");
      assertThat(statements.get(1).rowsFetched()).isEqualTo(1);
      StatementEvent keyed = statements.get(2);
      assertThat(keyed.generatedKeys()).isEqualTo(1);
      assertThat(keyed.rowsAffected()).isEqualTo(1);
      assertThat(keyed.binds()).containsExactly("keyed");
      StatementEvent batch = statements.get(3);
      assertThat(batch.batchSize()).isEqualTo(2);
      assertThat(batch.rowsAffected()).isEqualTo(recordedBatchRows(2));
      assertThat(batch.binds()).containsExactly("b1");
      StatementEvent failed = statements.get(4);
      assertThat(failed.failed()).isTrue();
      assertThat(failed.sqlState()).isEqualTo(original.statements().get(4).sqlState()).hasSize(5);
      assertThat(failed.errorMessage()).containsIgnoringCase("no_such_table");
      assertThat(statements.subList(0, 5))
          .allSatisfy(e -> assertThat(e.unitOfWork()).isEqualTo("export"));

      ConnectionEvent open =
          imported.connections().stream().filter(c -> !c.returned()).findFirst().orElseThrow();
      assertThat(open.heldNanos()).isEqualTo(-1);
      assertThat(open.statements()).isEqualTo(1);
      assertThat(open.acquireStack())
          .startsWith("java.lang.Throwable: connection acquired here")
          .contains("eventsOfARealRunSurviveExportAndImport");
      assertThat(imported.connections())
          .filteredOn(ConnectionEvent::returned)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.statements()).isEqualTo(5);
                assertThat(c.unitOfWork()).isEqualTo("export");
                assertThat(c.acquireStack()).isNull();
              });
      assertThat(imported.unitsOfWork())
          .singleElement()
          .satisfies(u -> assertThat(u.statements()).isEqualTo(5));
      assertThat(imported.pools())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.config().maximumPoolSize()).isEqualTo(4);
                assertThat(p.config().minimumIdle()).isEqualTo(1);
                assertThat(p.acquisitions()).isEqualTo(2);
              });
      assertThat(imported.samplesRunnable()).isTrue();
    } finally {
      leaked.close();
    }
  }

  @Test
  void followsTransactionsAcrossCommitAndRollback() throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      insert(c, "a");
      insert(c, "b");
      c.commit();
      insert(c, "c");
      c.rollback();
      c.setAutoCommit(true);
      insert(c, "d");
    }
    List<StatementEvent> s = scope.events().statements();
    assertThat(s).hasSize(4);
    assertThat(s.get(0).transactionId()).isPositive().isEqualTo(s.get(1).transactionId());
    assertThat(s.get(2).transactionId()).isPositive().isNotEqualTo(s.get(0).transactionId());
    assertThat(s.get(3).transactionId()).isZero();
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from items")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the rolled-back insert is gone").isEqualTo(3);
    }
  }

  @Test
  void followsTransactionsBegunAndEndedWithSqlText() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("begin");
      insert(c, "a");
      insert(c, "b");
      st.execute("commit");
      insert(c, "c");
      st.execute("START TRANSACTION");
      insert(c, "d");
      st.execute("rollback;");
      insert(c, "e");
    }
    List<Long> ids =
        scope.events().statements().stream().map(StatementEvent::transactionId).toList();
    assertThat(ids).hasSize(9);
    long first = ids.get(0);
    long second = ids.get(5);
    assertThat(first).isPositive();
    assertThat(second).isPositive().isNotEqualTo(first);
    assertThat(ids).containsExactly(first, first, first, first, 0L, second, second, second, 0L);
    assertThat(count("items")).as("the insert in the rolled-back transaction is gone").isEqualTo(4);
  }

  int count(String table) throws SQLException {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void wrappersKeepJdbcIdentityAndReachTheDriver() throws SQLException {
    try (Connection c = ds.getConnection()) {
      assertThat(c.isWrapperFor(driverTypes().connection())).isTrue();
      assertThat(c.unwrap(driverTypes().connection())).isInstanceOf(driverTypes().connection());
      assertThat(c.unwrap(Connection.class)).isSameAs(c);
      assertThat(c.getMetaData().getConnection()).isSameAs(c);
      try (Statement s = c.createStatement()) {
        assertThat(s.getConnection()).isSameAs(c);
        try (ResultSet rs = s.executeQuery("select 1")) {
          assertThat(rs.getStatement()).isSameAs(s);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("select ?")) {
        ps.setInt(1, 7);
        assertThat(ps.getConnection()).isSameAs(c);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.getStatement()).isSameAs(ps);
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(7);
        }
      }
    }
  }

  @Test
  void unwrapReachesTheDriversOwnObjectBehindEveryWrapper() throws SQLException {
    DriverTypes types = driverTypes();
    try (Connection c = ds.getConnection()) {
      assertReachesTheDriver(c, Connection.class, types.connection());
      assertReachesTheDriver(c.getMetaData(), DatabaseMetaData.class, types.metaData());
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select 1")) {
        assertReachesTheDriver(s, Statement.class, types.statement());
        assertReachesTheDriver(rs, ResultSet.class, types.resultSet());
      }
      try (PreparedStatement ps = c.prepareStatement("select name from items where qty = ?")) {
        assertReachesTheDriver(ps, PreparedStatement.class, types.preparedStatement());
        ps.setInt(1, 1);
        try (ResultSet rs = ps.executeQuery()) {
          assertReachesTheDriver(rs, ResultSet.class, types.resultSet());
        }
      }
      try (CallableStatement call = c.prepareCall(callStatement())) {
        assertReachesTheDriver(call, CallableStatement.class, types.callableStatement());
      }
    }
  }

  /**
   * {@code wrapper} is queryscope's, yet asking it for the driver's type gives the driver's object
   * (through HikariCP's proxy too); asking for the JDBC interface gives the wrapper itself, and for
   * a type nobody implements, the driver's own refusal.
   */
  private static <W extends Wrapper> void assertReachesTheDriver(
      W wrapper, Class<? super W> jdbcType, Class<?> driverType) throws SQLException {
    assertThat(wrapper.getClass().getName()).startsWith("io.queryscope.core.capture.");
    assertThat(wrapper.isWrapperFor(driverType)).as("isWrapperFor(%s)", driverType).isTrue();
    Object real = wrapper.unwrap(driverType);
    assertThat(real).isInstanceOf(driverType).isNotSameAs(wrapper);
    assertThat(real.getClass().getName())
        .doesNotStartWith("io.queryscope.")
        .doesNotStartWith("com.zaxxer.hikari.");
    assertThat(wrapper.unwrap(jdbcType)).isSameAs(wrapper);
    assertThat(wrapper.isWrapperFor(jdbcType)).isTrue();
    assertThat(wrapper.isWrapperFor(Runnable.class)).isFalse();
    assertThatThrownBy(() -> wrapper.unwrap(Runnable.class)).isInstanceOf(SQLException.class);
  }

  @Test
  void theCallSiteIsTheLineThatRanTheStatementWithTheFramesAboveIt() throws SQLException {
    int[] lines;
    try (Connection c = ds.getConnection()) {
      lines = new int[] {selectOne(c), SourceLine.here()}; // both calls stand on this one line
    }
    String contract = JdbcCaptureContract.class.getName();
    CallSite site = scope.events().statements().get(0).callSite();
    assertThat(site.className()).isEqualTo(contract);
    assertThat(site.methodName()).isEqualTo("selectOne");
    assertThat(site.fileName()).isEqualTo("JdbcCaptureContract.java");
    assertThat(site.lineNumber()).isEqualTo(lines[0]);
    assertThat(site)
        .hasToString(contract + ".selectOne(JdbcCaptureContract.java:" + lines[0] + ")");
    // Three frames above it by default, nearest first: this test, then (past reflection, which the
    // default filters pass over) the JUnit code that invoked it.
    assertThat(site.callers()).hasSize(3);
    assertThat(site.callers().get(0))
        .isEqualTo(
            contract
                + ".theCallSiteIsTheLineThatRanTheStatementWithTheFramesAboveIt"
                + "(JdbcCaptureContract.java:"
                + lines[1]
                + ")");
    assertThat(site.callers().subList(1, 3))
        .allSatisfy(frame -> assertThat(frame).startsWith("org.junit."));
  }

  @Test
  void aFrameFilterOnTheTestsOwnClassMovesTheCallSiteToTheFirstFrameOutsideIt()
      throws SQLException {
    try (QueryScope filtered =
        QueryScope.builder()
            .frameFilters(JdbcCaptureContract.class.getName())
            .callerFrames(1)
            .build()) {
      StackTraceElement[] seen;
      try (Connection c = filtered.wrap(pool).getConnection()) {
        seen =
            CallingService.call(
                () -> {
                  selectOne(c);
                  return new Throwable().getStackTrace();
                });
      }
      // The stack the statement ran on: selectOne and the lambda (this class, filtered), then
      // CallingService.call, then this test method (filtered again), then JUnit.
      StackTraceElement service =
          Arrays.stream(seen)
              .filter(f -> f.getClassName().equals(CallingService.class.getName()))
              .findFirst()
              .orElseThrow();
      CallSite site = filtered.events().statements().get(0).callSite();
      assertThat(site.className()).isEqualTo(CallingService.class.getName());
      assertThat(site.methodName()).isEqualTo("call");
      assertThat(site.fileName()).isEqualTo("CallingService.java");
      assertThat(site.lineNumber()).isEqualTo(service.getLineNumber());
      assertThat(site.callers()).singleElement().asString().startsWith("org.junit.");
    }
    // Without the filter the same code is sited in this class, at selectOne.
    try (Connection c = ds.getConnection()) {
      CallingService.call(() -> selectOne(c));
    }
    assertThat(scope.events().statements().get(0).callSite().methodName()).isEqualTo("selectOne");
  }

  /** Runs {@code select 1} on {@code c} and reads its row; returns the line of the execute. */
  static int selectOne(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      int line = SourceLine.of(s.execute("select 1"));
      try (ResultSet rs = s.getResultSet()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      return line;
    }
  }

  @Test
  void generatedKeysAreReturnedAndCounted() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into items (name, qty) values (?, 1)", Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, "keyed");
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        assertThat(keys.getStatement()).isSameAs(ps);
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
    }
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select id from items where name = 'keyed'")) {
      assertThat(rs.next()).isTrue();
      assertThat(ids).as("the key the row got").containsExactly(rs.getLong(1));
    }
    StatementEvent insert = scope.events().statements().get(0);
    assertThat(insert.generatedKeys()).isEqualTo(1);
    assertThat(insert.rowsAffected()).isEqualTo(1);
  }

  @Test
  void multipleResultSetsAreAllReturnedAndCounted() throws SQLException {
    List<Integer> values = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      boolean results = s.execute(twoQueries());
      while (results || s.getUpdateCount() != -1) {
        if (results) {
          try (ResultSet rs = s.getResultSet()) {
            assertThat(s.getResultSet()).isSameAs(rs);
            while (rs.next()) {
              values.add(rs.getInt(1));
            }
          }
        }
        results = s.getMoreResults();
      }
    }
    assertThat(values).containsExactly(1, 2);
    StatementEvent event = scope.events().statements().get(0);
    assertThat(event.kind()).isEqualTo(StatementKind.QUERY);
    assertThat(event.rowsFetched()).isEqualTo(2);
  }

  @Test
  void closeOnCompletionClosesTheRealStatement() throws SQLException {
    try (Connection c = ds.getConnection()) {
      Statement s = c.createStatement();
      s.closeOnCompletion();
      assertThat(s.isCloseOnCompletion()).isTrue();
      ResultSet rs = s.executeQuery("select 1");
      rs.next();
      rs.close();
      assertThat(s.isClosed()).isTrue();
    }
    assertThat(scope.events().statements().get(0).rowsFetched()).isEqualTo(1);
  }

  @Test
  void driverExceptionsReachTheApplicationUnchangedAndAreRecorded() throws SQLException {
    SQLException raw;
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      raw = catchSql(() -> s.executeQuery("select * from no_such_table"));
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery("select * from no_such_table"))
          .isInstanceOf(raw.getClass())
          .hasMessage(raw.getMessage())
          .satisfies(
              e -> assertThat(((SQLException) e).getSQLState()).isEqualTo(raw.getSQLState()));
    }
    StatementEvent failed = scope.events().statements().get(0);
    assertThat(failed.failed()).isTrue();
    assertThat(failed.sqlState()).isEqualTo(raw.getSQLState());
    assertThat(failed.errorMessage()).isEqualTo(raw.getMessage());
    assertThat(scope.workload().statements().get(0).counter("errors")).isEqualTo(1);
  }

  @Test
  void callableStatementsAreRecordedAsCalls() throws SQLException {
    try (Connection c = ds.getConnection();
        java.sql.CallableStatement call = c.prepareCall(callStatement())) {
      call.execute();
      assertThat(call.getConnection()).isSameAs(c);
    }
    StatementEvent event = scope.events().statements().get(0);
    assertThat(event.kind()).isEqualTo(StatementKind.CALL);
    assertThat(event.batchSize()).isEqualTo(1);
    assertThat(event.binds()).isEmpty();
    // execute() returned false: no rows to wait for, and no update count the application read.
    assertThat(event.rowsFetched()).isZero();
    assertThat(event.fetchNanos()).isZero();
    assertThat(event.rowsAffected()).isEqualTo(-1);
    assertThat(event.executeNanos()).isPositive();
    var call = scope.workload().statements();
    assertThat(call).singleElement().satisfies(g -> assertThat(g.calls()).isEqualTo(1));
    long micros = event.executeNanos() / 1000;
    assertThat(call.get(0).counter("execute_us")).isEqualTo(micros);
    // One sample: the median is that call's time, to the histogram's precision (under 10%).
    assertThat(call.get(0).counter("p50_us")).isBetween(micros, micros + micros / 10 + 1);
  }

  @Test
  void aThrowingListenerNeverReplacesTheApplicationsResult() throws SQLException {
    QueryScope throwing =
        QueryScope.builder()
            .listener(
                e -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();
    DataSource wrapped = throwing.wrap(pool);
    try (Connection c = wrapped.getConnection();
        PreparedStatement ps = c.prepareStatement("select ?")) {
      ps.setInt(1, 42);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
      try (Statement s = c.createStatement()) {
        assertThat(s.executeUpdate("update items set qty = 1 where 1 = 0")).isZero();
      }
    }
    assertThat(throwing.internalFailures()).isEqualTo(2);
    assertThat(throwing.events().statements()).hasSize(2);
  }

  @Test
  void aConnectionNeverClosedIsReportedWithTheStackThatTookIt() throws SQLException {
    Connection leaked = ds.getConnection();
    try {
      try (Connection closed = ds.getConnection()) {
        closed.isValid(1);
      }
      List<ConnectionEvent> connections = scope.events().connections();
      assertThat(connections).hasSize(2);
      ConnectionEvent open =
          connections.stream().filter(c -> !c.returned()).findFirst().orElseThrow();
      assertThat(open.heldNanos()).isEqualTo(-1);
      assertThat(open.acquireStack())
          .contains("aConnectionNeverClosedIsReportedWithTheStackThatTookIt");
      assertThat(
              connections.stream()
                  .filter(ConnectionEvent::returned)
                  .findFirst()
                  .orElseThrow()
                  .acquireStack())
          .isNull();
    } finally {
      leaked.close();
    }
  }

  static void insert(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("insert into items (name, qty) values (?, 1)")) {
      ps.setString(1, name);
      ps.executeUpdate();
    }
  }

  interface SqlAction {
    void run() throws SQLException;
  }

  static SQLException catchSql(SqlAction action) {
    try {
      action.run();
    } catch (SQLException e) {
      return e;
    }
    throw new AssertionError("expected an SQLException");
  }
}
