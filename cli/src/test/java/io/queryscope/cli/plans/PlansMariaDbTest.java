package io.queryscope.cli.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
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
    assumeDigestsKept();
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

  /**
   * The digest table is server-wide and fixed in size: once other suites have filled it, new
   * statements are only counted in its NULL row and no test can see its own.
   */
  private void assumeDigestsKept() throws SQLException {
    try (Connection c = DB.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*) from performance_schema.events_statements_summary_by_digest"
                    + " where schema_name = ? and digest_text like '%customers%'")) {
      ps.setString(1, DB.get().databaseName());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Assumptions.assumeTrue(
            rs.getLong(1) > 0,
            "performance_schema's digest table is full (performance_schema_digests_size), so this"
                + " database's statements are not kept; restart MariaDB to empty it");
      }
    }
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
