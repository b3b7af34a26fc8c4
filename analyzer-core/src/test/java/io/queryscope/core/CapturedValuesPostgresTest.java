package io.queryscope.core;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;

@PostgresTest
class CapturedValuesPostgresTest extends CapturedValuesContract {

  private static TestDatabase db;

  @BeforeAll
  static void createTable(TestDatabase database) throws SQLException {
    db = database;
    db.execute(
        "create table if not exists captured_values"
            + " (id bigint primary key, data bytea, note text, at timestamp)");
  }

  @Override
  TestDatabase database() {
    return db;
  }

  @Override
  String dataLength(long id) {
    return "select octet_length(data) from captured_values where id = " + id;
  }
}
