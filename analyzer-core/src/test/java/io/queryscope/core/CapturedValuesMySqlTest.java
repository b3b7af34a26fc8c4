package io.queryscope.core;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;

@MySqlTest
class CapturedValuesMySqlTest extends CapturedValuesContract {

  private static TestDatabase db;

  @BeforeAll
  static void createTable(TestDatabase database) throws SQLException {
    db = database;
    db.execute(
        "create table if not exists captured_values"
            + " (id bigint primary key, data longblob, note longtext, at datetime(6))");
  }

  @Override
  TestDatabase database() {
    return db;
  }

  @Override
  String dataLength(long id) {
    return "select length(data) from captured_values where id = " + id;
  }
}
