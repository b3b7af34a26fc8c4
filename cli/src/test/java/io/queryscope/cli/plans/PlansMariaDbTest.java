package io.queryscope.cli.plans;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@MySqlTest
class PlansMariaDbTest extends PlanRegressionScenario {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.mysql().withShop(0.05);

  @Override
  TestDatabaseExtension database() {
    return DB;
  }

  @Override
  String dropLastNameIndex() {
    return "drop index customers_last_name_idx on customers";
  }

  @Override
  String analyze(String table) {
    return "analyze table " + table;
  }
}
