package io.queryscope.cli.hostile;

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

import io.queryscope.core.sql.StatementSplitter;
import io.queryscope.fixtures.PostgresTest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL database whose names are SQL payloads: the analysis, in every what-if mode, never
 * lets one reach the server, and every DDL it prints, pasted into psql with errors ignored on a
 * copy of the database, changes nothing but the one intended index.
 */
@PostgresTest
class HostileNamesPostgresTest {

  @RegisterExtension static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

  private static final String TABLE = CLOSE_PAYLOAD;
  private static final int ROWS = 20_000;

  @BeforeAll
  static void plantHostileSchema() throws Exception {
    String t = q(TABLE);
    DB.get()
        .execute(
            "create table victim (id int primary key)",
            "insert into victim select g from generate_series(1, 5) g",
            "create table parent (id int primary key)",
            "insert into parent select g from generate_series(1, 100) g",
            "create table "
                + t
                + " (id int primary key, "
                + q(COMMIT_PAYLOAD)
                + " int, "
                + q(CLOSE_PAYLOAD)
                + " text, "
                + q(QUOTE_PAYLOAD)
                + " int, "
                + q(OPEN_PAYLOAD)
                + " int references parent(id), "
                + q(DOUBLED)
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
                + " int)",
            "insert into "
                + t
                + " select g, g, 'v' || g, g % 5000, g % 100 + 1, g % 7, g, g % 3, g, g, g"
                + " from generate_series(1, "
                + ROWS
                + ") g",
            // A narrow index the wide one covers: duplicate-index prints a DROP for a hostile name.
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
            // An index lower(...) cannot use: non-sargable-predicate prints an expression index.
            "create index on " + t + " (" + q(CLOSE_PAYLOAD) + ")",
            "create schema \"user\"",
            "create table \"user\".\"select\" (id int primary key, \"from\" int, pad text)",
            "insert into \"user\".\"select\" select g, g, 'p' || g from generate_series(1, "
                + ROWS
                + ") g",
            "analyze");
    List<String> statements =
        List.of(
            "select * from " + t + " where " + q(COMMIT_PAYLOAD) + " = ?",
            "select * from " + t + " where " + q(QUOTE_PAYLOAD) + " = ? and " + q(DOUBLED) + " = ?",
            "select * from " + t + " where lower(" + q(CLOSE_PAYLOAD) + ") = ?",
            "select * from " + t + " where " + q(NON_ASCII) + " = ?",
            "select * from " + t + " where " + q(LONG_A) + " = ?",
            "select * from " + t + " where " + q(LONG_B) + " = ?",
            "select * from \"user\".\"select\" where \"from\" = ?");
    try (Connection c = DB.connection()) {
      for (String sql : statements) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          for (int i = 1; i <= 5; i++) {
            for (int p = 1; p <= ps.getParameterMetaData().getParameterCount(); p++) {
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
  }

  @Test
  void noPayloadReachesTheServerAndEveryPrintedDdlChangesOnlyItsIndex() throws Exception {
    Set<String> indexesBefore = indexes(DB.jdbcUrl());
    List<HostileNames.Printed> printed =
        HostileNames.analyzeEverywhere(List.of("--url", DB.jdbcUrl(), "--user", DB.get().user()));
    // The transactional what-if really built the hostile-named indexes (and rolled them back).
    System.out.println("[hostile-pg] verified findings by what-if mode: " + HostileNames.VERIFIED);
    assertThat(HostileNames.VERIFIED.getOrDefault("transactional", 0)).isPositive();
    // Every mode, every format: the victim and the schema are as they were.
    assertThat(victimRows(DB.jdbcUrl())).isEqualTo(5);
    assertThat(indexes(DB.jdbcUrl())).isEqualTo(indexesBefore);

    List<String> ddl = printed.stream().map(HostileNames.Printed::ddl).toList();
    System.out.println("[hostile-pg] printed DDL (" + ddl.size() + "):");
    ddl.forEach(d -> System.out.println("[hostile-pg]   " + d));
    List<String> rules = printed.stream().map(HostileNames.Printed::rule).toList();
    assertThat(rules).contains("missing-index", "missing-fk-index", "duplicate-index");
    assertThat(ddl).anyMatch(d -> d.contains("\"user\".\"select\" (\"from\")"));
    assertThat(ddl).anyMatch(d -> d.contains("lower(" + q(CLOSE_PAYLOAD) + ")"));
    assertThat(ddl)
        .anyMatch(d -> d.endsWith(" (" + LONG_A + ")"))
        .anyMatch(d -> d.endsWith(" (" + LONG_B + ")"));
    HostileNames.assertDistinctIndexNames(ddl);

    boolean psql = true;
    for (HostileNames.Printed p : printed) {
      psql &= pasteIntoCopy(p);
    }
    if (!psql) {
      System.out.println("[hostile-pg] psql is missing: ran each statement piece by piece instead");
    }
  }

  /** Runs one DDL on a fresh copy of the database as a user would; true when psql ran it. */
  private static boolean pasteIntoCopy(HostileNames.Printed p) throws Exception {
    String copy = "ddl_copy_" + Long.toHexString(System.nanoTime());
    try (Connection admin = admin();
        Statement st = admin.createStatement()) {
      createCopy(st, copy);
      String url = DB.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + copy + "$1");
      try {
        Map<String, String> before = indexMap(url);
        Path file = HostileNames.script(p.ddl());
        String out =
            HostileNames.runClient(
                List.of(
                    "psql",
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=0",
                    "-h",
                    host(),
                    "-p",
                    port(),
                    "-U",
                    DB.get().user(),
                    "-d",
                    copy,
                    "-f",
                    file.toString()),
                null,
                DB.get().password() == null ? Map.of() : Map.of("PGPASSWORD", DB.get().password()));
        boolean viaPsql = out != null;
        if (!viaPsql) {
          splitAndRun(url, p.ddl());
        }
        Files.delete(file);
        assertThat(out == null ? "" : out).as(p.ddl()).doesNotContain("ERROR");
        assertThat(victimRows(url)).as(p.ddl()).isEqualTo(5);
        Map<String, String> after = indexMap(url);
        HostileNames.Change change = HostileNames.assertOnlyItsIndex(p, before, after, after::get);
        if (!change.added().isEmpty() && !p.columns().isEmpty()) {
          assertThat(keyColumns(url, change.added().iterator().next()))
              .as(p.ddl())
              .isEqualTo(p.columns());
        }
        return viaPsql;
      } finally {
        st.execute("drop database if exists " + copy);
      }
    }
  }

  /** CREATE DATABASE … TEMPLATE needs the source idle; autovacuum may briefly hold it. */
  private static void createCopy(Statement st, String copy) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try {
        st.execute("create database " + copy + " template " + DB.get().databaseName());
        return;
      } catch (SQLException e) {
        if (attempt >= 20 || !String.valueOf(e.getMessage()).contains("other users")) {
          throw e;
        }
        st.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                + DB.get().databaseName()
                + "' and backend_type = 'autovacuum worker'");
      }
    }
  }

  private static void splitAndRun(String url, String ddl) throws SQLException {
    try (Connection c = connect(url);
        Statement st = c.createStatement()) {
      for (String piece : StatementSplitter.split(ddl)) {
        try {
          st.execute(piece);
        } catch (SQLException ignored) {
          // as psql -v ON_ERROR_STOP=0 would
        }
      }
    }
  }

  private static String q(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static Connection admin() throws SQLException {
    return connect(DB.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1"));
  }

  private static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, DB.get().user(), DB.get().password());
  }

  private static String host() {
    return DB.jdbcUrl().replaceFirst("^jdbc:postgresql://([^:/]+).*$", "$1");
  }

  private static String port() {
    return DB.jdbcUrl().replaceFirst("^jdbc:postgresql://[^:/]+:(\\d+).*$", "$1");
  }

  private static long victimRows(String url) throws SQLException {
    try (Connection c = connect(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from victim")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Set<String> indexes(String url) throws SQLException {
    Set<String> out = new TreeSet<>();
    indexMap(url).forEach((k, v) -> out.add(k + " on " + v));
    return out;
  }

  /** Every index definition in the user's schemas, to its table's raw name. */
  private static Map<String, String> indexMap(String url) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = connect(url);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select pg_get_indexdef(x.indexrelid), t.relname from pg_index x"
                    + " join pg_class t on t.oid = x.indrelid"
                    + " join pg_namespace n on n.oid = t.relnamespace"
                    + " where n.nspname not in ('pg_catalog', 'information_schema')"
                    + " and n.nspname not like 'pg_toast%'")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private static List<String> keyColumns(String url, String indexDef) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = connect(url);
        PreparedStatement ps =
            c.prepareStatement(
                "select a.attname from pg_index x"
                    + " cross join lateral unnest(x.indkey) with ordinality k(attnum, ord)"
                    + " join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum"
                    + " where pg_get_indexdef(x.indexrelid) = ? order by k.ord")) {
      ps.setString(1, indexDef);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }
}
