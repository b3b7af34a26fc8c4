package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import io.queryscope.regression.BaselineReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PostgresTest
class PlansPostgresTest extends PlanRegressionScenario {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.postgres().withShop(0.05);

  @Override
  TestDatabaseExtension database() {
    return DB;
  }

  @Test
  void topStatementsComeFromPgStatStatements() throws Exception {
    DB.get().assumeStatementStatistics();
    for (int i = 0; i < 5; i++) {
      execute("select id, email from customers where last_name = 'Miller'");
    }
    Path baseline = dir.resolve("top.json");
    Run run = plans("record", "--top", "5", "--out", baseline.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(BaselineReader.read(baseline).statements())
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.id()).startsWith("top:"))
        .anySatisfy(
            s -> assertThat(s.statement().sql()).contains("customers").contains("last_name"));
  }

  @Override
  String dropOrdersByCustomerAndDateIndex() {
    return "drop index orders_customer_id_created_at_idx";
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
