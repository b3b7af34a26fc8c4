package io.queryscope.cli.connect;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabase;

/** The embedded PostgreSQL, frozen mid-analysis. */
@PostgresTest
class FrozenServerPostgresTest extends FrozenServerContract {

  @Override
  String plainUrl(TestDatabase db) {
    return withParameter(db.jdbcUrl(), "sslmode=disable");
  }

  /** PostgresWorkloadReader asks for the database name first. */
  @Override
  String workloadMarker() {
    return "current_database()";
  }
}
