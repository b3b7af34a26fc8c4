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
   * {@code ?} in it: --top names each such statement as skipped, with the reason, and never writes
   * it into the baseline. (Other top statements without placeholders, such as the loader's, may
   * still be recorded; with none left, nothing is written and the exit code is 3.)
   */
  @Test
  void topStatementsWithoutSampleValuesAreNamedAndNeverRecorded() throws Exception {
    DB.get().assumeStatementStatistics();
    for (int i = 0; i < 5; i++) {
      execute("select id, email from customers where last_name = 'Miller'");
    }
    assumeDigestsKept();
    String customers =
        "top:"
            + io.queryscope.core.sql.Fingerprinter.fingerprint(
                    "select id, email from customers where last_name = ?")
                .hexId();
    Path baseline = dir.resolve("top.json");
    Run run = plans("record", "--top", "100", "--out", baseline.toString());
    String said = run.out() + run.err();
    assertThat(said).as(said).contains(customers).contains("placeholders");
    if (run.exitCode() == 3) {
      assertThat(run.err().strip())
          .startsWith("queryscope plans record: no statement could be planned, so no baseline")
          .doesNotContain("\n");
      assertThat(baseline).doesNotExist();
    } else {
      assertThat(run.exitCode()).as(said).isZero();
      assertThat(java.nio.file.Files.readString(baseline))
          .doesNotContain(customers)
          .doesNotContain("last_name");
    }
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
  String dropOrdersByCustomerAndDateIndex() {
    return "drop index orders_customer_id_created_at_idx on orders";
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
