package io.queryscope.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.core.dialect.CandidateIndex;
import io.queryscope.core.dialect.Dialect;
import io.queryscope.core.dialect.Dialects;
import io.queryscope.core.dialect.ExplainOptions;
import io.queryscope.core.dialect.SessionOptions;
import io.queryscope.core.dialect.WhatIfMode;
import io.queryscope.core.plan.Plan;
import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After a full analysis — workload, catalog, state, plans with and without ANALYZE (a write
 * included, with ExplainOptions.allowWrites), a what-if and an index-removal check — the target's
 * schema and data are exactly what they were, and the caller's connection has its settings back.
 */
@MySqlTest
class MySqlSafetyTest {

  @Test
  void aFullAnalysisChangesNothing(TestDatabase db) throws Exception {
    ShopData.create(db, 0.02);
    List<String> before = snapshot(db);
    try (Connection c = db.connection()) {
      String readOnlyBefore = readOnlyFlag(c);
      Dialect dialect = Dialects.forConnection(c);
      try (var session = (MySqlSession) dialect.open(c, SessionOptions.DEFAULTS)) {
        session.readWorkload();
        session.readCatalog();
        session.readServerState();
        for (String sql : ShopStatements.all().values()) {
          session.explain(sql, ExplainOptions.ESTIMATE);
          Plan analyzed = session.explain(sql, new ExplainOptions(true, false, true, List.of()));
          assertThat(analyzed.analyzed()).as(sql).isTrue();
        }
        session.whatIf(
            "select * from orders where status = 'pending'",
            CandidateIndex.on("orders", List.of("status", "created_at")),
            WhatIfMode.HYPOTHETICAL);
        session.withoutIndex(
            "orders",
            "orders_customer_id_idx",
            List.of("select * from orders where customer_id = 42"));
      }
      assertThat(readOnlyFlag(c)).isEqualTo(readOnlyBefore);
    }
    assertThat(snapshot(db)).isEqualTo(before);
  }

  private static String readOnlyFlag(Connection c) throws Exception {
    try (Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "show session variables where variable_name in ('tx_read_only',"
                    + " 'transaction_read_only')")) {
      rs.next();
      return rs.getString(2);
    }
  }

  /** Every table's DDL, row count and checksum. */
  private static List<String> snapshot(TestDatabase db) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "select table_name from information_schema.tables where table_schema = database()"
                  + " order by table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (ResultSet rs = st.executeQuery("show create table `" + t + "`")) {
          rs.next();
          out.add(rs.getString(2));
        }
        try (ResultSet rs = st.executeQuery("select count(*) from `" + t + "`")) {
          rs.next();
          out.add(t + " rows " + rs.getLong(1));
        }
        try (ResultSet rs = st.executeQuery("checksum table `" + t + "` extended")) {
          rs.next();
          out.add(t + " checksum " + rs.getLong(2));
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(20);
    return out;
  }
}
