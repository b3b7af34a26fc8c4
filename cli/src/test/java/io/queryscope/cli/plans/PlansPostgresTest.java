package io.queryscope.cli.plans;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PlansPostgresTest extends PlanRegressionScenario {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.05);

  @Override
  TestDatabaseExtension database() {
    return DB;
  }

  @Override
  String dropLastNameIndex() {
    return "drop index customers_last_name_idx";
  }

  @Override
  String analyze(String table) {
    return "analyze " + table;
  }
}
