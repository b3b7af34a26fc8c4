package io.queryscope.mysql;

import io.queryscope.fixtures.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A small orders schema with deterministic data (2,000 customers, 20,000 orders) for tests that
 * need a real table and index layout: a selective unindexed column (orders.status), a foreign key,
 * a unique key, a prefix index and an index nothing uses.
 */
final class MySqlTestSchema {

  private MySqlTestSchema() {}

  static void load(TestDatabase db) throws SQLException {
    try (Connection c = db.connection();
        Statement st = c.createStatement()) {
      st.execute("create table digits (d int primary key)");
      st.execute("insert into digits values (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
      st.execute(
          "create table customers (id int primary key, email varchar(100) not null, country"
              + " char(2) not null, name varchar(100) not null, created_at datetime not null,"
              + " unique key uq_customers_email (email), key idx_customers_name_prefix (name(10)))");
      st.execute(
          "create table orders (id int primary key, customer_id int not null, status varchar(20)"
              + " not null, total decimal(10,2) not null, created_at datetime not null, note"
              + " varchar(50), key idx_orders_created (created_at), key idx_orders_note (note),"
              + " constraint fk_orders_customer foreign key (customer_id) references"
              + " customers (id))");
      st.execute(
          "insert into customers select n, concat('c', n, '@example.com'), elt(1 + n % 5, 'DE',"
              + " 'FR', 'US', 'GB', 'NL'), concat('customer ', n), '2024-01-01' + interval n minute"
              + " from (select 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d as n from digits a,"
              + " digits b, digits c, digits e) s where n <= 2000");
      st.execute(
          "insert into orders select n, 1 + n % 2000, case when n % 100 = 0 then 'failed' when n"
              + " % 10 = 0 then 'shipped' else 'paid' end, (n % 1000) / 10, '2024-01-01' +"
              + " interval n minute, null from (select 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d"
              + " + 10000 * f.d as n from digits a, digits b, digits c, digits e, digits f) s where"
              + " n <= 20000");
      st.execute("analyze table customers, orders");
    }
  }
}
