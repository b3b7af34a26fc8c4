package io.queryscope.cli.hostile;

import static io.queryscope.cli.hostile.HostileNames.BACKTICK;
import static io.queryscope.cli.hostile.HostileNames.CLOSE_PAYLOAD;
import static io.queryscope.cli.hostile.HostileNames.COMMIT_PAYLOAD;
import static io.queryscope.cli.hostile.HostileNames.DOUBLED;
import static io.queryscope.cli.hostile.HostileNames.LONG_A;
import static io.queryscope.cli.hostile.HostileNames.LONG_B;
import static io.queryscope.cli.hostile.HostileNames.MIXED;
import static io.queryscope.cli.hostile.HostileNames.NON_ASCII;
import static io.queryscope.cli.hostile.HostileNames.OPEN_PAYLOAD;
import static io.queryscope.cli.hostile.HostileNames.QUOTE_PAYLOAD;
import static io.queryscope.cli.hostile.HostileNames.SPACED;
import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.ExportOptions;
import io.queryscope.core.QueryScope;
import io.queryscope.core.sql.StatementSplitter;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MariaDB side of the hostile-name check: statements captured by the proxy (this server's
 * performance_schema may be off) and the live catalog and plans; every printed DDL, fed to {@code
 * mariadb --force} on the analysed database, changes only the intended index (then undone).
 */
@MySqlTest
class HostileNamesMariaDbTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

  private static final String TABLE = CLOSE_PAYLOAD;
  private static final int ROWS = 20_000;
  private static Path events;

  private static final String DIGITS =
      "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4"
          + " union all select 5 union all select 6 union all select 7 union all select 8"
          + " union all select 9)";

  /** {@code FROM} 1 … ROWS as {@code n}, with no recursion limit or sequence engine needed. */
  private static final String NUMBERS =
      " from (select a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d + 1 n from "
          + String.join(
              " cross join ",
              List.of("a", "b", "c", "e", "f").stream().map(x -> DIGITS + " " + x).toList())
          + ") g where n <= "
          + ROWS;

  @BeforeAll
  static void plantHostileSchemaAndCaptureAWorkload() throws Exception {
    String t = q(TABLE);
    DB.get()
        .execute(
            "create table victim (id int primary key)",
            "insert into victim values (1), (2), (3), (4), (5)",
            "create table "
                + t
                + " (pk int primary key, "
                + q(COMMIT_PAYLOAD)
                + " int, "
                + q(CLOSE_PAYLOAD)
                + " varchar(40), "
                + q(QUOTE_PAYLOAD)
                + " int, "
                + q(OPEN_PAYLOAD)
                + " int, "
                + q(DOUBLED)
                + " int, "
                + q(BACKTICK)
                + " int, "
                + q(MIXED)
                + " int, "
                + q(SPACED)
                + " int, "
                + q(NON_ASCII)
                + " int, "
                + q(LONG_A)
                + " int, "
                + q(LONG_B)
                + " int) engine=InnoDB",
            "insert into "
                + t
                + " select n, n, concat('v', n), n % 5000, n % 100, n % 7, n, n, n % 3, n, n, n"
                + NUMBERS,
            "create index " + q(QUOTE_PAYLOAD) + " on " + t + " (" + q(MIXED) + ")",
            "create index "
                + q(COMMIT_PAYLOAD)
                + " on "
                + t
                + " ("
                + q(MIXED)
                + ", "
                + q(SPACED)
                + ")",
            "create index " + q(OPEN_PAYLOAD) + " on " + t + " (" + q(CLOSE_PAYLOAD) + ")",
            "create table `select` (id int primary key, `from` int, pad varchar(20))",
            "insert into `select` select n, n, concat('p', n)" + NUMBERS,
            "analyze table " + t + ", `select` persistent for all");
    List<String> statements =
        List.of(
            "select * from " + t + " where " + q(COMMIT_PAYLOAD) + " = ?",
            "select * from " + t + " where " + q(QUOTE_PAYLOAD) + " = ? and " + q(DOUBLED) + " = ?",
            "select * from " + t + " where " + q(BACKTICK) + " = ?",
            "select * from " + t + " where lower(" + q(CLOSE_PAYLOAD) + ") = ?",
            "select * from " + t + " where " + q(NON_ASCII) + " = ?",
            "select * from " + t + " where " + q(LONG_A) + " = ?",
            "select * from " + t + " where " + q(LONG_B) + " = ?",
            "select * from `select` where `from` = ?");
    try (QueryScope scope = QueryScope.create()) {
      DataSource ds = scope.wrap(DB.dataSource());
      try (Connection c = ds.getConnection()) {
        for (String sql : statements) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 5; i++) {
              int params = sql.length() - sql.replace("?", "").length();
              for (int p = 1; p <= params; p++) {
                if (sql.contains("lower(")) {
                  ps.setString(p, "v" + i);
                } else {
                  ps.setInt(p, i);
                }
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  // drain
                }
              }
            }
          }
        }
      }
      events = Files.createTempFile("qs-hostile-", ".jsonl");
      scope.exportEvents(events, ExportOptions.EVERYTHING);
    }
  }

  @Test
  void noPayloadReachesTheServerAndEveryPrintedDdlChangesOnlyItsIndex() throws Exception {
    Map<String, String> before = indexes(DB.get().databaseName());
    List<HostileNames.Printed> printed =
        HostileNames.analyzeEverywhere(
            List.of(
                "--url", DB.jdbcUrl(), "--user", DB.get().user(), "--events", events.toString()));
    assertThat(victimRows(DB.get().databaseName())).isEqualTo(5);
    assertThat(indexes(DB.get().databaseName())).isEqualTo(before);

    List<String> ddl = printed.stream().map(HostileNames.Printed::ddl).toList();
    System.out.println("[hostile-mariadb] printed DDL (" + ddl.size() + "):");
    ddl.forEach(d -> System.out.println("[hostile-mariadb]   " + d));
    assertThat(printed).extracting(HostileNames.Printed::rule).contains("missing-index");
    assertThat(ddl).anyMatch(d -> d.contains(q(COMMIT_PAYLOAD)));
    assertThat(ddl).anyMatch(d -> d.contains("`b``c`"));
    HostileNames.assertDistinctIndexNames(ddl);
    boolean client = true;
    for (HostileNames.Printed p : printed) {
      client &= pasteAndUndo(p);
    }
    if (!client) {
      System.out.println("[hostile-mariadb] the mariadb client is missing: ran split pieces");
    }
  }

  /**
   * Runs one DDL through the client as a user would. The DDL names the analysed database itself
   * (MySQL qualifies by database), so a copy under another name would not be what it touches: it
   * runs on the analysed database, is checked, and the index change is undone afterwards.
   */
  private static boolean pasteAndUndo(HostileNames.Printed p) throws Exception {
    String db = DB.get().databaseName();
    Map<String, String> before = indexes(db);
    Path file = HostileNames.script(p.ddl());
    List<String> command =
        new ArrayList<>(
            List.of("mariadb", "--force", "-h", host(), "-P", port(), "-u", DB.get().user()));
    if (DB.get().password() != null && !DB.get().password().isEmpty()) {
      command.add("-p" + DB.get().password());
    }
    command.add(db);
    String out = HostileNames.runClient(command, file, Map.of());
    boolean viaClient = out != null;
    if (!viaClient) {
      splitAndRun(db, p.ddl());
    }
    Files.delete(file);
    assertThat(out == null ? "" : out).as(p.ddl()).doesNotContain("ERROR");
    assertThat(victimRows(db)).as(p.ddl()).isEqualTo(5);
    Map<String, String> after = indexes(db);
    Set<String> added = new TreeSet<>(after.keySet());
    added.removeAll(before.keySet());
    Set<String> removed = new TreeSet<>(before.keySet());
    removed.removeAll(after.keySet());
    try {
      HostileNames.assertOnlyItsIndex(p, before, after, key -> key.split("\t", 2)[0]);
    } finally {
      undo(db, added, removed, before);
    }
    assertThat(indexes(db)).as("undone: " + p.ddl()).isEqualTo(before);
    return viaClient;
  }

  private static void undo(
      String db, Set<String> added, Set<String> removed, Map<String, String> before)
      throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      for (String key : added) {
        String[] tableIndex = key.split("\t", 2);
        st.execute("drop index " + q(tableIndex[1]) + " on " + q(db) + "." + q(tableIndex[0]));
      }
      for (String key : removed) {
        String[] tableIndex = key.split("\t", 2);
        String columns =
            String.join(
                ", ",
                List.of(before.get(key).split("\u0001")).stream()
                    .map(HostileNamesMariaDbTest::q)
                    .toList());
        st.execute(
            "create index "
                + q(tableIndex[1])
                + " on "
                + q(db)
                + "."
                + q(tableIndex[0])
                + " ("
                + columns
                + ")");
      }
    }
  }

  private static void splitAndRun(String db, String ddl) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement()) {
      st.execute("use " + q(db));
      for (String piece : StatementSplitter.split(ddl)) {
        try {
          st.execute(piece);
        } catch (SQLException ignored) {
          // as mariadb --force would
        }
      }
    }
  }

  private static String q(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(DB.jdbcUrl(), DB.get().user(), DB.get().password());
  }

  private static String host() {
    return DB.jdbcUrl().replaceFirst("^jdbc:[a-z]+://([^:/]+).*$", "$1");
  }

  private static String port() {
    return DB.jdbcUrl().replaceFirst("^jdbc:[a-z]+://[^:/]+:(\\d+).*$", "$1");
  }

  private static long victimRows(String database) throws SQLException {
    try (Connection c = connect();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from " + q(database) + ".victim")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code table\tindex} to its columns, for every index in the database. */
  private static Map<String, String> indexes(String database) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select table_name, index_name, group_concat(coalesce(column_name, '?')"
                    + " order by seq_in_index separator 0x01) from information_schema.statistics"
                    + " where table_schema = ? group by table_name, index_name")) {
      ps.setString(1, database);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + "\t" + rs.getString(2), rs.getString(3));
        }
      }
    }
    return out;
  }
}
