package io.queryscope.core;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;

@MySqlTest
class CaptureMySqlTest extends JdbcCaptureContract {

  private static TestDatabase db;

  @BeforeAll
  static void createTable(TestDatabase database) throws SQLException {
    db = database;
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table if not exists items (id bigint auto_increment primary key, name varchar(100), qty int)");
      s.execute("create procedure touch_items() begin end");
    }
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
  Class<? extends Connection> driverConnectionType() {
    return com.mysql.cj.jdbc.JdbcConnection.class;
  }

  @Override
  String twoQueries() {
    return "select 1; select 2";
  }

  @Override
  String callStatement() {
    return "{call touch_items()}";
  }
}
