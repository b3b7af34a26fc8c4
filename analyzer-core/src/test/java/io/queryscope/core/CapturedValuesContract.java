package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.queryscope.core.events.CutText;
import io.queryscope.core.events.StatementEvent;
import io.queryscope.core.sql.Fingerprinter;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the capture keeps of the values and SQL an application sends, run against each real driver:
 * values as they were when sent (not as a reused buffer reads later), and large values and texts
 * kept cut, so memory stays bounded, while the server still gets everything whole.
 */
abstract class CapturedValuesContract {

  static final String INSERT =
      "insert into captured_values (id, data, note, at) values (?, ?, ?, ?)";

  HikariDataSource pool;
  QueryScope scope;
  DataSource ds;

  /** The subclass's database, with table {@code captured_values (id, data, note, at)}. */
  abstract TestDatabase database();

  /** The length in bytes of column {@code data} of row {@code id}, in the dialect. */
  abstract String dataLength(long id);

  QueryScope.Builder scopeSettings() {
    return QueryScope.builder();
  }

  @BeforeEach
  void open() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database().jdbcUrl());
    config.setUsername(database().user());
    config.setPassword(database().password());
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    scope = scopeSettings().build();
    ds = scope.wrap(pool);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("delete from captured_values");
    }
  }

  @AfterEach
  void close() {
    scope.close();
    pool.close();
  }

  @Test
  void aReusedBufferAndAChangedTimestampAreRecordedAsTheyWereSent() throws SQLException {
    byte[] buffer = {1, 2, 3};
    Timestamp at = Timestamp.valueOf("2026-01-02 03:04:05");
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      insert(ps, 1, buffer, "first", at);
      // The application reuses its buffer and its timestamp for the next row.
      Arrays.fill(buffer, (byte) 9);
      at.setTime(Timestamp.valueOf("2030-12-31 23:59:59").getTime());
      insert(ps, 2, buffer, "second", at);
      buffer[0] = 7; // changed after the last execution, before anyone reads the events
      at.setTime(0);
    }
    List<StatementEvent> inserts = events(INSERT);
    assertThat(inserts).hasSize(2);
    assertThat(inserts.get(0).binds())
        .containsExactly("1", "\\x010203", "first", "2026-01-02 03:04:05.0");
    assertThat(inserts.get(1).binds())
        .containsExactly("2", "\\x090909", "second", "2030-12-31 23:59:59.0");
  }

  @Test
  void largeValuesReachTheServerWholeAndAreRecordedCutWithTheirSizeAndHash() throws SQLException {
    byte[] megabyte = new byte[1 << 20];
    Arrays.fill(megabyte, (byte) 0x5a);
    String longA = "x".repeat(100_000) + "a";
    String longB = "x".repeat(100_000) + "b";
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      insert(ps, 1, megabyte, longA, null);
      insert(ps, 2, new byte[] {1}, longB, null);
    }
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(dataLength(1))) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).as("bytes the server stored").isEqualTo(1 << 20);
    }
    List<StatementEvent> inserts = events(INSERT);
    List<String> first = inserts.get(0).binds();
    List<String> second = inserts.get(1).binds();
    assertThat(first.get(1)).startsWith("\\x5a5a").contains("…(1048576 bytes, #");
    assertThat(first.get(1).length()).isLessThan(300);
    assertThat(first.get(2)).startsWith("xxxx").contains("…(100001 chars, #");
    assertThat(first.get(2).length()).isLessThan(300);
    // Same start, different values: still told apart (an N+1 over long keys stays one).
    assertThat(second.get(2)).isNotEqualTo(first.get(2));
    assertThat(CutText.isCut(first.get(2))).isTrue();
    assertThat(CutText.wholeOrEmpty(first)).as("a cut sample is never run as a plan").isEmpty();
  }

  @Test
  void aStatementWithHundredsOfValuesKeepsTheFirstAndAMarkThatTellsThemApart() throws SQLException {
    String inList =
        "select count(*) from captured_values where id in ("
            + IntStream.range(0, 200).mapToObj(i -> "?").collect(Collectors.joining(", "))
            + ")";
    for (int run = 0; run < 2; run++) {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement(inList)) {
        for (int i = 1; i <= 200; i++) {
          ps.setLong(i, run * 1_000 + i);
        }
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).isZero();
        }
      }
    }
    List<StatementEvent> runs = events(inList);
    assertThat(runs).hasSize(2);
    List<String> binds = runs.get(0).binds();
    assertThat(binds).hasSizeLessThan(200).startsWith("1", "2", "3");
    assertThat(binds.get(binds.size() - 1)).startsWith("…(200 values, #");
    assertThat(runs.get(1).binds()).isNotEqualTo(binds);
    assertThat(runs.get(0).rowsFetched()).isEqualTo(1);
  }

  @Test
  void longSqlTheCacheDoesNotHoldIsKeptCutWithAnExactFingerprint() throws SQLException {
    QueryScope oneText = QueryScope.builder().maxSqlTexts(1).build();
    DataSource small = oneText.wrap(pool);
    String padding = "'" + "p".repeat(5_000) + "'";
    try (Connection c = small.getConnection();
        Statement s = c.createStatement()) {
      s.executeQuery("select 1").close(); // the only text the cache holds
      for (int i = 0; i < 3; i++) {
        try (ResultSet rs = s.executeQuery("select " + i + ", " + padding)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(2)).hasSize(5_000);
        }
      }
    }
    String whole = "select 0, " + padding;
    List<StatementEvent> long_ =
        oneText.events().statements().stream().filter(e -> !e.sql().equals("select 1")).toList();
    assertThat(long_).hasSize(3);
    assertThat(long_)
        .allSatisfy(
            e -> {
              assertThat(e.sql()).hasSizeLessThan(1_200).contains("…(" + whole.length() + " chars");
              assertThat(CutText.isCut(e.sql())).isTrue();
              assertThat(e.fingerprintId()).isEqualTo(Fingerprinter.fingerprint(whole).id());
            });
    assertThat(oneText.workload().statements())
        .filteredOn(s -> s.fingerprintId() == Fingerprinter.fingerprint(whole).id())
        .singleElement()
        .satisfies(s -> assertThat(s.calls()).isEqualTo(3));
    oneText.close();
  }

  private static void insert(PreparedStatement ps, long id, byte[] data, String note, Timestamp at)
      throws SQLException {
    ps.setLong(1, id);
    ps.setBytes(2, data);
    ps.setString(3, note);
    ps.setTimestamp(4, at);
    assertThat(ps.executeUpdate()).isEqualTo(1);
  }

  private List<StatementEvent> events(String sql) {
    return scope.events().statements().stream().filter(e -> e.sql().equals(sql)).toList();
  }
}
