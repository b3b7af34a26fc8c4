package io.queryscope.core;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.PgDatabaseMetaData;
import org.postgresql.jdbc.PgResultSet;
import org.postgresql.jdbc.PgStatement;

@PostgresTest
class CapturePostgresTest extends JdbcCaptureContract {

  private static TestDatabase db;

  @BeforeAll
  static void createTable(TestDatabase database) throws SQLException {
    db = database;
    db.execute(
        "create table if not exists items (id bigserial primary key, name text, qty int)",
        "create or replace procedure touch_items() language sql as $$ select 1 $$");
  }

  @Override
  TestDatabase database() {
    return db;
  }

  @Override
  DriverTypes driverTypes() {
    return new DriverTypes(
        PGConnection.class,
        PgStatement.class,
        DriverTypes.named("org.postgresql.jdbc.PgPreparedStatement"),
        DriverTypes.named("org.postgresql.jdbc.PgCallableStatement"),
        PgResultSet.class,
        PgDatabaseMetaData.class);
  }

  @Override
  String twoQueries() {
    return "select 1; select 2";
  }

  @Override
  String callStatement() {
    return "call touch_items()";
  }

  @Override
  int batchedInsertCount() {
    return 1;
  }

  @Override
  String duplicateKeySqlState() {
    return "23505";
  }
}
