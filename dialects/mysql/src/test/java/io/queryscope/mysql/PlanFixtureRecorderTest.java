package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.plan.Plan;
import io.queryscope.demo.DatabaseKind;
import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the recorded plans and their models. Runs only with {@code -Dfixtures.update=true}:
 *
 * <ul>
 *   <li>MariaDB (the local server): every {@link ShopStatements} statement over {@code shop} at
 *       scale 0.1, with {@code EXPLAIN FORMAT=JSON} and {@code ANALYZE FORMAT=JSON} (writes inside
 *       a rolled-back transaction), into {@code plans/mariadb/<major.minor>/};
 *   <li>MySQL 8, when {@code QUERYSCOPE_MYSQL8_URL} names one: the same statements with {@code
 *       EXPLAIN FORMAT=JSON} and {@code EXPLAIN ANALYZE} into {@code plans/mysql/<major.minor>/};
 *   <li>every other folder (the manual-sourced MySQL 8.0 samples): models only, from the stored raw
 *       files.
 * </ul>
 */
@EnabledIfSystemProperty(named = PlanFixtures.UPDATE_FLAG, matches = "true")
class PlanFixtureRecorderTest {

  private static final double SCALE = 0.1;

  @Test
  @MySqlTest
  void recordsMariaDbPlansOverShop() throws Exception {
    try (TestDatabase db = TestDatabases.mysql()) {
      ShopData.create(db, SCALE);
      try (Connection c = db.connection()) {
        record(c, db.databaseName());
      }
    }
  }

  @Test
  void recordsMySql8PlansWhenAServerIsNamed() throws Exception {
    String url = System.getenv("QUERYSCOPE_MYSQL8_URL");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        url != null && !url.isBlank(),
        "QUERYSCOPE_MYSQL8_URL is not set: MySQL 8 plans not re-recorded");
    String name = "qs_rec_" + Long.toString(System.currentTimeMillis(), 36);
    MysqlDataSource admin = new MysqlDataSource();
    admin.setURL(url);
    try (Connection c = admin.getConnection();
        Statement st = c.createStatement()) {
      st.execute("create database " + name);
    }
    try {
      MysqlDataSource ds = new MysqlDataSource();
      ds.setURL(url.replaceFirst("(jdbc:mysql://[^/?]+)/?[^?]*", "$1/" + name));
      ShopData.load(ds, DatabaseKind.MYSQL, SCALE);
      try (Connection c = ds.getConnection()) {
        record(c, name);
      }
    } finally {
      try (Connection c = admin.getConnection();
          Statement st = c.createStatement()) {
        st.execute("drop database if exists " + name);
      }
    }
  }

  @Test
  void regeneratesModelsOfStoredPlans() throws Exception {
    for (String folder : PlanFixtures.folders()) {
      String[] parts = folder.split("/");
      Path dir = PlanFixtures.sourceFolder(parts[1], parts[2]);
      Dialect dialect = dialectOf(parts[1]);
      for (PlanFixtures.Entry e : PlanFixtures.index(folder)) {
        String raw = Files.readString(dir.resolve(e.raw()));
        Plan plan = dialect.parsePlan(raw, e.sql());
        Files.writeString(dir.resolve(e.model()), PlanModelJson.render(plan));
      }
    }
  }

  static Dialect dialectOf(String family) {
    return new MySqlDialect().kind().id().equals(family)
        ? new MySqlDialect()
        : new MariaDbDialect();
  }

  private static void record(Connection c, String databaseName) throws Exception {
    Dialect dialect = Dialects.forConnection(c);
    List<PlanFixtures.Entry> entries = new ArrayList<>();
    Path dir;
    try (var session = (MySqlSession) dialect.open(c, SessionOptions.DEFAULTS)) {
      var version = session.target().serverVersion();
      dir = PlanFixtures.sourceFolder(dialect.kind().id(), version.major() + "." + version.minor());
      Files.createDirectories(dir);
      for (Map.Entry<String, String> s : ShopStatements.all().entrySet()) {
        String name = s.getKey();
        String sql = s.getValue();
        Plan estimate = session.explain(sql, ExplainOptions.ESTIMATE);
        entries.add(write(dialect, dir, name, sql, stable(estimate.rawJson(), databaseName)));
        Plan analyzed = session.explain(sql, new ExplainOptions(true, false, true, List.of()));
        entries.add(
            write(dialect, dir, name + ".analyze", sql, stable(analyzed.rawJson(), databaseName)));
      }
    }
    PlanFixtures.writeIndex(dir, entries);
    assertThat(entries).hasSizeGreaterThanOrEqualTo(80);
  }

  /** The test database's random name would churn every file on re-recording. */
  private static String stable(String raw, String databaseName) {
    return raw.replace(databaseName + ".", "shop.").replace(databaseName, "shop");
  }

  private static PlanFixtures.Entry write(
      Dialect dialect, Path dir, String name, String sql, String raw) throws Exception {
    boolean tree = MySqlTreeAnalyzeParser.looksLikeTree(raw);
    String rawFile = name + (tree ? ".tree.txt" : ".json");
    String modelFile = name + ".model.json";
    Files.writeString(dir.resolve(rawFile), raw.endsWith("\n") ? raw : raw + "\n");
    Files.writeString(dir.resolve(modelFile), PlanModelJson.render(dialect.parsePlan(raw, sql)));
    return new PlanFixtures.Entry(name, sql, rawFile, modelFile);
  }
}
