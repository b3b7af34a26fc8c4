package io.queryscope.benchmarks.postgresql;

import io.queryscope.core.catalog.Catalog;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import io.queryscope.postgresql.PostgresDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times {@code readCatalog()} on a scratch database with 5,000 tables and 15,000 indexes (20 rows
 * each, analysed, so pg_stats has rows too), beside what a user would otherwise write: JDBC {@code
 * DatabaseMetaData} calls per table, timed on a sample and extrapolated. Run it with
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.queryscope.benchmarks.postgresql.CatalogReadBenchmark [tables]
 * </pre>
 *
 * It uses the embedded PostgreSQL 17, or the server named by QUERYSCOPE_PG_URL, and drops its
 * database at the end. Not a unit test: the figure depends on the machine.
 */
public final class CatalogReadBenchmark {

  private static final int BATCH = 100;
  private static final int RUNS = 5;
  private static final int METADATA_SAMPLE = 200;

  private CatalogReadBenchmark() {}

  public static void main(String[] args) throws SQLException {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    try (TestDatabase db = TestDatabases.postgres()) {
      System.out.printf("server: %s, database %s%n", db.serverDescription(), db.databaseName());
      long start = System.nanoTime();
      createSchema(db, tables);
      System.out.printf(
          "created %,d tables and %,d indexes in %.1f s%n",
          tables, tables * 3, (System.nanoTime() - start) / 1e9);

      List<Double> seconds = new ArrayList<>();
      Catalog catalog = null;
      for (int run = 0; run <= RUNS; run++) {
        try (Connection c = db.connection();
            DialectSession session = new PostgresDialect().open(c, SessionOptions.DEFAULTS)) {
          long t0 = System.nanoTime();
          catalog = session.readCatalog();
          double s = (System.nanoTime() - t0) / 1e9;
          if (run > 0) {
            seconds.add(s); // run 0 warms the JIT and the server's caches
          }
        }
      }
      Collections.sort(seconds);
      System.out.printf(
          "readCatalog: %,d tables, %,d indexes, %,d foreign keys, %,d column stats;"
              + " median %.2f s (min %.2f, max %.2f) over %d runs%n",
          catalog.tables().size(),
          catalog.indexes().size(),
          catalog.foreignKeys().size(),
          catalog.columnStats().size(),
          seconds.get(seconds.size() / 2),
          seconds.get(0),
          seconds.get(seconds.size() - 1),
          seconds.size());

      double perTable = metadataPerTableMs(db, Math.min(METADATA_SAMPLE, tables));
      System.out.printf(
          "DatabaseMetaData per table (getColumns + getIndexInfo + getImportedKeys): %.1f ms;"
              + " %,d tables would take about %.1f s%n",
          perTable, tables, perTable * tables / 1000);
    }
  }

  private static void createSchema(TestDatabase db, int tables) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      // One batch per implicit transaction: a single one would run out of lock slots.
      for (int from = 0; from < tables; from += BATCH) {
        StringBuilder sql = new StringBuilder();
        for (int i = from; i < Math.min(tables, from + BATCH); i++) {
          String t = "bench_t" + i;
          sql.append("create table ")
              .append(t)
              .append(" (id bigint primary key, parent_id bigint, code text not null,")
              .append(" created_at timestamp not null default now(), amount numeric(10,2));")
              .append("create index ")
              .append(t)
              .append("_parent_idx on ")
              .append(t)
              .append(" (parent_id);")
              .append("create index ")
              .append(t)
              .append("_code_created_idx on ")
              .append(t)
              .append(" (lower(code), created_at) include (amount) where amount > 0;")
              .append("insert into ")
              .append(t)
              .append(" (id, parent_id, code, amount) select g, g % 5, md5(g::text), g")
              .append(" from generate_series(1, 20) g;");
        }
        st.execute(sql.toString());
      }
      st.execute("analyze");
    }
  }

  private static double metadataPerTableMs(TestDatabase db, int sample) throws SQLException {
    try (Connection c = db.connection()) {
      DatabaseMetaData meta = c.getMetaData();
      long t0 = System.nanoTime();
      for (int i = 0; i < sample; i++) {
        String t = "bench_t" + i;
        drain(meta.getColumns(null, "public", t, null));
        drain(meta.getIndexInfo(null, "public", t, false, true));
        drain(meta.getImportedKeys(null, "public", t));
      }
      return (System.nanoTime() - t0) / 1e6 / sample;
    }
  }

  private static void drain(ResultSet rs) throws SQLException {
    try (rs) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
  }
}
