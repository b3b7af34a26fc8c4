package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@MySqlTest
class PlansMariaDbTest extends PlanRegressionScenario {

  @RegisterExtension
  static final TestDatabaseExtension DB = TestDatabaseExtension.mysql().withShop(0.05);

  @Override
  TestDatabaseExtension database() {
    return DB;
  }

  /**
   * MariaDB's digests keep no sample text with values, and MariaDB cannot plan a statement with
   * {@code ?} in it: --top names the problem and writes nothing, rather than an empty baseline.
   */
  @Test
  void topStatementsWithoutSampleValuesAreNamedAndNothingIsWritten() throws Exception {
    DB.get().assumeStatementStatistics();
    for (int i = 0; i < 5; i++) {
      execute("select id, email from customers where last_name = 'Miller'");
    }
    Path baseline = dir.resolve("top.json");
    Run run = plans("record", "--top", "3", "--out", baseline.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.err().strip())
        .startsWith("queryscope plans record: no statement could be planned, so no baseline")
        .contains("the first one failed with top:")
        .contains("placeholders")
        .doesNotContain("\n");
    assertThat(baseline).doesNotExist();
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
