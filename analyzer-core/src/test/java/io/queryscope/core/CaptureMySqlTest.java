package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcPreparedStatement;
import com.mysql.cj.jdbc.JdbcStatement;
import com.mysql.cj.jdbc.result.ResultSetInternalMethods;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MySqlTest
class CaptureMySqlTest extends JdbcCaptureContract {

  private static TestDatabase db;

  @BeforeAll
  static void createTable(TestDatabase database) throws SQLException {
    db = database;
    db.execute(
        "create table if not exists items (id bigint auto_increment primary key, name varchar(100), qty int)",
        "create procedure touch_items() begin end");
  }

  @Test
  void theQueryscopeUrlFormWorksForMySqlUrlsToo() throws SQLException {
    String url = db.jdbcUrl().replace("jdbc:", QueryScopeDriver.PREFIX);
    String marker = "select 'mysql-driver-form-" + System.nanoTime() + "'";
    try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(marker)) {
      assertThat(c.isWrapperFor(JdbcConnection.class)).isTrue();
      assertThat(rs.next()).isTrue();
    }
    assertThat(QueryScopeDriver.scope().events().statements())
        .filteredOn(e -> e.sql().equals(marker))
        .singleElement()
        .satisfies(e -> assertThat(e.rowsFetched()).isEqualTo(1));
  }

  @Test
  void followsAutocommitSwitchedWithSqlText() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SET autocommit = 0");
      insert(c, "a");
      insert(c, "b");
      st.execute("commit");
      insert(c, "c");
      st.execute("rollback");
      st.execute("set autocommit=1");
      insert(c, "d");
    }
    List<Long> ids =
        scope.events().statements().stream().map(StatementEvent::transactionId).toList();
    assertThat(ids).hasSize(8);
    long first = ids.get(1);
    long second = ids.get(4);
    assertThat(first).isPositive();
    assertThat(second).isPositive().isNotEqualTo(first);
    // The SET itself ran before the transaction began; the next begins one lazily, as after
    // setAutoCommit(false).
    assertThat(ids).containsExactly(0L, first, first, first, second, second, 0L, 0L);
    assertThat(count("items")).as("c was rolled back").isEqualTo(3);
  }

  @Override
  TestDatabase database() {
    return db;
  }

  @Override
  String poolUrl() {
    String url = db.jdbcUrl();
    return url + (url.contains("?") ? "&" : "?") + "allowMultiQueries=true";
  }

  @Override
  DriverTypes driverTypes() {
    return new DriverTypes(
        JdbcConnection.class,
        JdbcStatement.class,
        JdbcPreparedStatement.class,
        com.mysql.cj.jdbc.CallableStatement.class,
        ResultSetInternalMethods.class,
        com.mysql.cj.jdbc.DatabaseMetaData.class);
  }

  @Override
  String twoQueries() {
    return "select 1; select 2";
  }

  @Override
  String callStatement() {
    return "{call touch_items()}";
  }

  @Override
  int batchedInsertCount() {
    return Statement.SUCCESS_NO_INFO;
  }

  @Override
  String duplicateKeySqlState() {
    return "23000";
  }
}
