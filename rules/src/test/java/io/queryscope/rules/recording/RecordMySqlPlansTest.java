package io.queryscope.rules.recording;

import static org.assertj.core.api.Assertions.assertThat;

import io.queryscope.demo.ShopData;
import io.queryscope.fixtures.MySqlTest;
import io.queryscope.fixtures.TestDatabase;
import io.queryscope.fixtures.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Records the MySQL or MariaDB plans the rule fixtures use, from the shop schema at scale 0.5. */
@MySqlTest
@EnabledIfSystemProperty(named = "fixtures.update", matches = "true")
class RecordMySqlPlansTest {

  private static final List<String> NONE = List.of();

  @Test
  void recordShopPlans() throws Exception {
    try (TestDatabase db = TestDatabases.mysql()) {
      ShopData.create(db, 0.5);
      try (Connection c = db.connection()) {
        String dialect = db.kind().name().toLowerCase(Locale.ROOT);
        boolean mariadb = dialect.equals("mariadb");
        String analyze = mariadb ? "analyze format=json" : "explain analyze format=json";
        PlanRecorder r = new PlanRecorder(c, dialect);
        String email = r.single("select email from customers where id = 1234");
        r.record(
            "customers-by-email",
            analyze,
            "select * from customers where email = '" + email + "'",
            NONE);
        r.record(
            "orders-pending-in-june",
            analyze,
            "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
                + " and created_at < '2024-07-01'",
            NONE);
        r.record(
            "orders-pending-estimate",
            "explain format=json",
            "select * from orders where status = 'pending' and created_at >= '2024-06-01'"
                + " and created_at < '2024-07-01'",
            NONE);
        r.record(
            "orders-of-customer-latest",
            analyze,
            "select * from orders where customer_id = 42 order by created_at desc limit 20",
            NONE);
        r.record("customers-by-id", analyze, "select * from customers where id = 42", NONE);
        assertThat(PlanRecorder.ROOT.resolve(dialect + "/customers-by-email.json")).exists();
      }
    }
  }
}
