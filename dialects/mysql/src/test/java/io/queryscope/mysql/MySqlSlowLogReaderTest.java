package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.core.workload.StatementStats;
import io.queryscope.core.workload.WorkloadSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MySqlSlowLogReaderTest {

  @TempDir Path dir;

  private Path copy(String resource) throws Exception {
    Path file = dir.resolve(Path.of(resource).getFileName());
    Files.writeString(file, PlanFixtures.resource(resource));
    return file;
  }

  private static StatementStats group(LogEvidence log, String sql) {
    return log.workload().byFingerprint(Fingerprinter.fingerprint(sql).id()).orElseThrow();
  }

  @Test
  void recordedMariaDbLogGroupsByFingerprint() throws Exception {
    LogEvidence log = new MariaDbDialect().readLog(copy("logs/mysql/mariadb-10.11-slow.log"));
    assertThat(log.plans()).isEmpty();
    StatementStats email = group(log, ShopStatements.all().get("customer-by-email"));
    assertThat(email.source()).isEqualTo(WorkloadSource.SLOW_LOG);
    assertThat(email.calls()).isEqualTo(3);
    assertThat(email.rowsExamined()).isEqualTo(3 * 2000);
    assertThat(email.counter("full_scan")).isEqualTo(3);
    assertThat(email.sampleSql()).isEqualTo(ShopStatements.all().get("customer-by-email"));
    assertThat(email.totalMs()).isGreaterThan(0);
    assertThat(email.maxMs()).isLessThanOrEqualTo(email.totalMs());
    StatementStats byId = group(log, "select * from customers where id = 1");
    assertThat(byId.counter("full_scan")).isZero();
    assertThat(byId.rows()).isEqualTo(3);
    assertThat(log.workload().since()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(log.workload().notes()).isEmpty();
  }

  @Test
  void mySqlFormatWithMultiLineStatementsAndAdminCommands() throws Exception {
    LogEvidence log = new MySqlDialect().readLog(copy("logs/mysql/mysql-8.0-slow.log"));
    assertThat(log.workload().statements()).hasSize(2);
    StatementStats email = group(log, "select * from customers where email = 'x'");
    assertThat(email.calls()).isEqualTo(2);
    assertThat(email.totalMs())
        .isEqualTo(1204.311 + 981.2, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(email.maxMs()).isEqualTo(1204.311, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(email.rowsExamined()).isEqualTo(200_000);
    assertThat(email.sampleSql()).contains("anna.smith.42");
    StatementStats paging =
        group(log, "select id, total from orders order by id limit 20 offset 5");
    assertThat(paging.sampleSql()).contains("\n");
    assertThat(log.workload().since()).isEqualTo(Instant.ofEpochSecond(1715677921));
    assertThat(log.skippedLines()).isEqualTo(1);
  }

  @Test
  void aLogCutMidEntryGivesWhatIsCompleteAndSaysWhere() throws Exception {
    String full = PlanFixtures.resource("logs/mysql/mysql-8.0-slow.log");
    int cut = full.indexOf("SELECT id, total") + "SELECT id, total\n  FROM orders".length();
    Path file = dir.resolve("cut.log");
    Files.writeString(file, full.substring(0, cut));
    LogEvidence log = new MySqlDialect().readLog(file);
    assertThat(log.workload().statements()).hasSize(1);
    assertThat(log.workload().statements().get(0).calls()).isEqualTo(2);
    assertThat(log.workload().notes())
        .singleElement()
        .asString()
        .contains("ends mid-entry")
        .contains("line 15")
        .contains("2 complete entries");
  }

  @Test
  void aFileThatIsNotASlowLogNamesFileAndLine() throws Exception {
    Path file = dir.resolve("postgresql.log");
    Files.writeString(
        file,
        "2024-05-14 09:12:01.482 UTC [42] LOG:  duration: 1204.311 ms  statement: select 1\n");
    assertThatThrownBy(() -> new MySqlDialect().readLog(file))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1")
        .hasMessageContaining("not a MySQL/MariaDB slow query log")
        .satisfies(
            e -> assertThat(((QueryScopeException) e).code()).isEqualTo(ErrorCode.MALFORMED_LOG));
  }

  @Test
  void anEmptyOrMissingFileIsAClearError() throws Exception {
    Path empty = dir.resolve("empty.log");
    Files.writeString(empty, "");
    assertThatThrownBy(() -> new MySqlDialect().readLog(empty))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining("no slow-log entry found");
    assertThatThrownBy(() -> new MySqlDialect().readLog(dir.resolve("missing.log")))
        .satisfies(
            e ->
                assertThat(((QueryScopeException) e).code())
                    .isEqualTo(ErrorCode.FILE_NOT_READABLE));
  }

  @Test
  void timeHeadersInBothFormats() {
    assertThat(MySqlSlowLogTime.parse("2024-05-14T09:12:01.482913Z"))
        .isEqualTo(Instant.parse("2024-05-14T09:12:01.482913Z"));
    assertThat(MySqlSlowLogTime.parse("241121  9:03:04"))
        .isEqualTo(Instant.parse("2024-11-21T09:03:04Z"));
    assertThat(List.of("garbage")).allSatisfy(t -> assertThat(MySqlSlowLogTime.parse(t)).isNull());
  }
}
