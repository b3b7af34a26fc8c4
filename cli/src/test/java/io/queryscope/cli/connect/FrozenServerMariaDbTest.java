package io.queryscope.cli.connect;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;

/** MySQL or MariaDB, frozen mid-analysis. */
@MySqlTest
class FrozenServerMariaDbTest extends FrozenServerContract {

  @Override
  String plainUrl(TestDatabase db) {
    return withParameter(db.jdbcUrl(), "sslMode=DISABLED");
  }

  /**
   * MySqlWorkloadReader first asks whether performance_schema is on (the driver's own login
   * mentions performance_schema, so the marker is the statement, not the name).
   */
  @Override
  String workloadMarker() {
    return "show global variables";
  }
}
