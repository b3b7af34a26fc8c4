package io.queryscope.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.DialectSession;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.demo.ShopSchema;
import io.queryscope.fixtures.PostgresTest;
import io.queryscope.fixtures.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A full analysis leaves the target exactly as it was: same schema objects, same row counts, same
 * table contents (an md5 over every row), no hypothetical index left behind.
 */
@PostgresTest
class PostgresSafetyTest {

  @RegisterExtension
  static final TestDatabaseExtension db = TestDatabaseExtension.postgres().withShop(0.02);

  private static final List<String> STATEMENTS =
      List.of(
          "select * from customers where email = 'x@example.com'",
          "select * from orders where status = 'pending' order by created_at limit 20",
          "select c.country, count(*) from orders o join customers c on c.id = o.customer_id"
              + " group by c.country",
          "delete from reviews where rating = 1",
          "update orders set status = 'cancelled' where id < 100",
          "insert into categories (id, name, slug) values (5000, 'x', 'x')",
          "select * from orders where id = 1 for update",
          "with gone as (delete from payments returning id) select count(*) from gone");

  @Test
  void aFullAnalysisChangesNothing() throws SQLException {
    boolean hypopg = tryCreateHypopg();
    String before = snapshot();

    SessionOptions options =
        new SessionOptions(Duration.ofSeconds(30), Duration.ofSeconds(2), true);
    try (Connection c = db.connection();
        DialectSession session = new PostgresDialect().open(c, options)) {
      assertThat(session.readWorkload()).isNotNull();
      assertThat(session.readCatalog().tables()).isNotEmpty();
      assertThat(session.readServerState().settings()).isNotEmpty();
      for (String sql : STATEMENTS) {
        session.explain(sql, ExplainOptions.ESTIMATE);
        session.explain(sql, ExplainOptions.ANALYZE);
        session.explain(sql, new ExplainOptions(true, true, true, List.of()));
      }
      CandidateIndex email = CandidateIndex.on("customers", List.of("email"));
      String lookup = "select * from customers where email = 'x@example.com'";
      assertThat(session.whatIf(lookup, email, WhatIfMode.TRANSACTIONAL).after()).isNotNull();
      assertThat(session.whatIf(lookup, email, WhatIfMode.HYPOTHETICAL).method())
          .isEqualTo(hypopg ? "hypopg" : "estimate");
    }

    assertThat(snapshot()).isEqualTo(before);
    if (hypopg) {
      try (Connection c = db.connection()) {
        assertThat(PostgresWorkloadTest.count(c, "select count(*) from hypopg_list_indexes"))
            .isZero();
      }
    }
  }

  @Test
  void theSnapshotNoticesASingleChangedValue() throws SQLException {
    String before = snapshot();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute("update reviews set rating = rating where id = 1"); // same value: no change
      assertThat(snapshot()).isEqualTo(before);
      st.execute("update categories set name = name || '!' where id = 1");
      try {
        assertThat(snapshot()).isNotEqualTo(before);
      } finally {
        st.execute("update categories set name = left(name, -1) where id = 1");
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  /** HypoPG where the server has it, so its path is part of the analysis too. */
  private static boolean tryCreateHypopg() {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute("create extension if not exists hypopg");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Schema objects, definitions, row counts and a checksum of every table's rows. */
  private static String snapshot() throws SQLException {
    List<String> parts = new ArrayList<>();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      parts.add(
          rows(
              st,
              "select n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || c.relnatts || ' '"
                  + " || c.relfilenode from pg_class c join pg_namespace n on n.oid ="
                  + " c.relnamespace where n.nspname not in ('pg_catalog', 'information_schema')"
                  + " and n.nspname !~ '^pg_toast' order by 1"));
      parts.add(
          rows(
              st,
              "select attrelid::regclass || '.' || attname || ' ' || atttypid || ' ' || attnotnull"
                  + " from pg_attribute where attrelid in (select oid from pg_class where"
                  + " relnamespace = 'public'::regnamespace) and attnum > 0 order by 1"));
      parts.add(
          rows(
              st,
              "select pg_get_indexdef(indexrelid) || ' valid=' || indisvalid from pg_index where"
                  + " indrelid in (select oid from pg_class where relnamespace ="
                  + " 'public'::regnamespace) order by 1"));
      parts.add(
          rows(
              st,
              "select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where"
                  + " connamespace = 'public'::regnamespace order by 1"));
      parts.add(rows(st, "select extname || ' ' || extversion from pg_extension order by 1"));
      for (String table : ShopSchema.TABLES) {
        parts.add(
            table
                + " "
                + rows(
                    st,
                    "select count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by"
                        + " t::text)), '') from "
                        + table
                        + " t"));
      }
    }
    return String.join("\n", parts);
  }

  private static String rows(Statement st, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }
}
