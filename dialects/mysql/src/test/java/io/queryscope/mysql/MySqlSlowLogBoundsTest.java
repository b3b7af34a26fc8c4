package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.dialect.LogEvidence;
import io.queryscope.core.workload.LogGroups;
import io.queryscope.core.workload.StatementStats;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the slow-log reader keeps of a log with too many fingerprints or too long a statement. */
class MySqlSlowLogBoundsTest {

  @TempDir Path dir;

  @Test
  void fingerprintsBeyondTheCapAreCountedInANoteNotGrouped() throws IOException {
    int extra = 20;
    Path log = dir.resolve("many.log");
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      for (int i = 0; i < LogGroups.MAX_GROUPS + extra; i++) {
        out.write(entry(0.5, "select * from t_" + i + " where id = 7;"));
      }
    }

    LogEvidence evidence = new MariaDbDialect().readLog(log);

    assertThat(evidence.workload().statements()).hasSize(LogGroups.MAX_GROUPS);
    assertThat(evidence.workload().statements()).allMatch(s -> s.calls() == 1);
    assertThat(evidence.workload().notes())
        .singleElement()
        .asString()
        .startsWith(
            extra + " statements of " + log + " (10000.0 ms in all) were counted in no group");
  }

  @Test
  void aStatementLongerThanTheReaderKeepsIsSkippedAndNamedWhileTheRestIsRead() throws IOException {
    Path log = dir.resolve("bulk.log");
    try (BufferedWriter out = Files.newBufferedWriter(log)) {
      out.write(entry(1.0, "select * from orders where id = 1;"));
      out.write(entry(9.0, "insert into t values ('"));
      for (long chars = 0; chars <= MySqlSlowLogReader.MAX_STATEMENT_CHARS; chars += 1 << 16) {
        out.write("x".repeat(1 << 16));
        out.write('\n');
      }
      out.write("');\n");
      out.write(entry(2.0, "select * from orders where id = 2;"));
    }

    LogEvidence evidence = new MySqlDialect().readLog(log);

    StatementStats orders = evidence.workload().statements().get(0);
    assertThat(evidence.workload().statements()).hasSize(1);
    assertThat(orders.calls()).isEqualTo(2);
    assertThat(orders.totalMs()).isEqualTo(3000.0);
    assertThat(evidence.skippedLines()).isZero();
    assertThat(evidence.workload().notes())
        .singleElement()
        .asString()
        .isEqualTo(
            "1 slow-log entries of "
                + log
                + " have a statement longer than the 16 M chars queryscope reads of one statement"
                + " and were skipped (first at line 5)");
  }

  @Test
  void textThatIsNotUtf8IsAMalformedLogNamingTheLine() throws IOException {
    Path log = dir.resolve("latin1.log");
    Files.writeString(log, entry(1.0, "select 1;"));
    Files.write(
        log,
        new byte[] {'s', 'e', 'l', (byte) 0xE9, ';', '\n'},
        java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> new MySqlDialect().readLog(log))
        .isInstanceOf(QueryScopeException.class)
        .hasMessageContaining(log.toString())
        .hasMessageContaining("is not UTF-8 text")
        .extracting(e -> ((QueryScopeException) e).code())
        .isEqualTo(ErrorCode.MALFORMED_LOG);
  }

  /** An entry as MySQL 8 writes it, four header lines and the statement. */
  private static String entry(double seconds, String statement) {
    return "# User@Host: app[app] @ localhost []  Id:    12\n"
        + "# Query_time: "
        + seconds
        + "  Lock_time: 0.000010 Rows_sent: 1  Rows_examined: 1\n"
        + "SET timestamp=1715677921;\n"
        + statement
        + "\n";
  }
}
