package io.queryscope.core.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.queryscope.core.QueryScope;
import io.queryscope.core.StubJdbc;
import io.queryscope.core.events.CapturedEvents;
import io.queryscope.core.events.PoolEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How connection sources are told apart, named, bounded and written — bookkeeping, through stub
 * DataSources. Real HikariCP pools on a real server: PoolCapturePostgresTest.
 */
class ConnectionSourcesTest {

  @Test
  void aDriverUrlIsNamedWithoutCredentialsOrParameters() {
    assertThat(ConnectionSources.urlLabel("jdbc:postgresql://db:5432/shop?password=s&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/shop");
    assertThat(ConnectionSources.urlLabel("jdbc:mysql://bob:secret@db:3306/shop?useSSL=false"))
        .isEqualTo("jdbc:mysql://db:3306/shop");
    assertThat(ConnectionSources.urlLabel("jdbc:sqlserver://db;user=bob;password=secret"))
        .isEqualTo("jdbc:sqlserver://db");
    assertThat(ConnectionSources.urlLabel("jdbc:mariadb://db/shop"))
        .isEqualTo("jdbc:mariadb://db/shop");
  }

  @Test
  void eachDataSourceIsAPoolOfItsOwnAndWrappingAgainChangesNothing() throws SQLException {
    try (QueryScope scope = QueryScope.create()) {
      DataSource first = StubJdbc.dataSource(1);
      DataSource second = StubJdbc.dataSource(1);
      DataSource a = scope.wrap(first);
      assertThat(scope.wrap(first)).isSameAs(a);
      assertThat(scope.wrap(a)).isSameAs(a);
      DataSource b = scope.wrap(second);
      take(a, 2);
      take(b, 3);

      CapturedEvents events = scope.events();
      assertThat(events.pools()).extracting(PoolEvidence::acquisitions).containsExactly(2L, 3L);
      String label = first.getClass().getSimpleName();
      // Same class, so the same label: the second is told apart by its number.
      assertThat(events.pools())
          .extracting(PoolEvidence::name)
          .containsExactly(label, label + " #2");
      assertThat(events.connections())
          .extracting(c -> c.pool())
          .containsExactly(label, label, label + " #2", label + " #2", label + " #2");
      assertThat(scope.wrappedDataSources()).containsExactly(first, second);
    }
  }

  @Test
  void aConnectionTheApplicationAlreadyHeldIsNoAcquisitionOfAnyPool() throws SQLException {
    try (QueryScope scope = QueryScope.create();
        Connection c = scope.wrap(StubJdbc.connection(1))) {
      assertThat(c.isClosed()).isFalse();
      assertThat(scope.events().pools()).isEmpty();
      assertThat(scope.events().connections())
          .singleElement()
          .satisfies(e -> assertThat(e.pool()).isNull());
    }
  }

  @Test
  void pastTheLimitDataSourcesShareOneSource() throws SQLException {
    try (QueryScope scope = QueryScope.create()) {
      int extra = 6;
      for (int i = 0; i < ConnectionSources.MAX_SOURCES + extra; i++) {
        take(scope.wrap(StubJdbc.dataSource(1)), 1);
      }
      List<PoolEvidence> pools = scope.events().pools();
      assertThat(pools).hasSize(ConnectionSources.MAX_SOURCES + 1);
      assertThat(pools.get(pools.size() - 1))
          .satisfies(
              p -> {
                assertThat(p.name()).isEqualTo(ConnectionSources.OVERFLOW);
                assertThat(p.acquisitions()).isEqualTo(extra);
              });
      assertThat(pools.stream().mapToLong(PoolEvidence::acquisitions).sum())
          .isEqualTo(ConnectionSources.MAX_SOURCES + extra);
    }
  }

  @Test
  void oneSourceIsWrittenAsFormatOneAndSeveralAsFormatTwo(@TempDir Path dir) throws Exception {
    try (QueryScope scope = QueryScope.create()) {
      take(scope.wrap(StubJdbc.dataSource(1)), 1);
      Path one = dir.resolve("one.jsonl");
      scope.exportEvents(one);
      assertThat(Files.readAllLines(one).get(0)).contains("\"format\":1");

      take(scope.wrap(StubJdbc.dataSource(1)), 1);
      Path two = dir.resolve("two.jsonl");
      scope.exportEvents(two);
      assertThat(Files.readAllLines(two).get(0)).contains("\"format\":2");
      CapturedEvents read = QueryScope.importEvents(two);
      assertThat(read.pools()).isEqualTo(scope.events().pools());
      assertThat(read.connections()).isEqualTo(scope.events().connections());
    }
  }

  @Test
  void aFileFromBeforePoolsWereNamedGivesEveryConnectionItsOnePool(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("old.jsonl");
    Files.writeString(
        file,
        """
        {"type":"capture","format":1,"droppedStatements":0,"binds":"redacted","literals":"redacted"}
        {"type":"connection","id":1,"acquired":1,"acquireNanos":5,"heldNanos":9,"busyNanos":2,"statements":1,"returned":true,"acquireFailed":false,"thread":"main"}
        {"type":"connection","id":2,"acquired":2,"acquireNanos":5,"heldNanos":9,"busyNanos":2,"statements":1,"returned":true,"acquireFailed":false,"thread":"main"}
        {"type":"pool","config":{"name":"HikariPool-1","maximumPoolSize":10,"minimumIdle":10,"connectionTimeoutMs":30000},"acquisitions":2,"acquisitionTimeouts":0,"acquireMillisP50":0,"acquireMillisP95":0,"acquireMillisP99":0,"acquireMillisMax":0,"snapshots":[]}
        """);
    CapturedEvents read = QueryScope.importEvents(file);
    assertThat(read.pools())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("HikariPool-1"));
    assertThat(read.connections())
        .extracting(c -> c.pool())
        .containsExactly("HikariPool-1", "HikariPool-1");

    Files.writeString(file, "{\"type\":\"capture\",\"format\":3,\"droppedStatements\":0}\n");
    assertThatThrownBy(() -> QueryScope.importEvents(file))
        .hasMessageContaining("format 3 is not one this queryscope reads (1 or 2)")
        .hasMessageContaining("read it with the queryscope that wrote it");
  }

  private static void take(DataSource ds, int times) throws SQLException {
    for (int i = 0; i < times; i++) {
      try (Connection c = ds.getConnection()) {
        assertThat(c.isClosed()).isFalse();
      }
    }
  }
}
