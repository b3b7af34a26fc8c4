package io.queryscope.benchmarks.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, realistic statement mix: 60% short OLTP statements, 35% ORM statements (Hibernate 6
 * long aliased column lists, IN lists of 5–200 binds, jOOQ fully quoted names), 5% long ones (a
 * 300-row multi-row INSERT, a 2,000-literal IN list).
 */
final class BenchmarkCorpus {
  static final int SIZE = 200;

  private BenchmarkCorpus() {}

  static List<String> statements() {
    Random r = new Random(2026);
    List<String> out = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      int pick = i % 20;
      if (pick < 12) {
        out.add(oltp(r));
      } else if (pick < 19) {
        out.add(orm(r, pick));
      } else {
        out.add(i % 40 == 19 ? multiRowInsert(r) : longInList(r));
      }
    }
    return out;
  }

  private static String oltp(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> "SELECT id, name, email FROM customers WHERE id = " + r.nextInt(100000);
      case 1 ->
          "select * from orders where customer_id = ? and status = 'PAID' order by created_at desc limit 20";
      case 2 ->
          "UPDATE accounts SET balance = balance - "
              + r.nextInt(500)
              + ".25 WHERE id = "
              + r.nextInt(1000);
      case 3 ->
          "insert into events (type, payload, created_at) values ('login', '{\"ip\":\"10.0.0."
              + r.nextInt(255)
              + "\"}', now())";
      case 4 ->
          "delete from sessions where expires_at < '2026-11-" + (10 + r.nextInt(18)) + " 10:00:00'";
      default ->
          "select count(*) from order_items i join orders o on o.id = i.order_id where o.customer_id = $1";
    };
  }

  private static String orm(Random r, int pick) {
    if (pick % 3 == 0) {
      StringBuilder sb = new StringBuilder("select ");
      String[] cols = {
        "id",
        "created_at",
        "customer_id",
        "status",
        "total",
        "updated_at",
        "version",
        "currency",
        "shipping_address_id",
        "billing_address_id",
        "note",
        "coupon_code",
        "channel",
        "tax",
        "discount",
        "paid_at",
        "shipped_at",
        "delivered_at",
        "cancelled_at",
        "source"
      };
      for (int c = 0; c < cols.length; c++) {
        sb.append(c == 0 ? "" : ",").append("o1_0.").append(cols[c]);
      }
      return sb.append(" from orders o1_0 where o1_0.customer_id=? and o1_0.status=?").toString();
    }
    if (pick % 3 == 1) {
      int n = 5 + r.nextInt(196);
      StringBuilder sb =
          new StringBuilder(
              "select i1_0.order_id,i1_0.id,i1_0.product_id,i1_0.qty,i1_0.price from order_items i1_0 where i1_0.order_id in (");
      for (int p = 0; p < n; p++) {
        sb.append(p == 0 ? "?" : ",?");
      }
      return sb.append(')').toString();
    }
    return "select \"public\".\"orders\".\"id\", \"public\".\"orders\".\"status\", \"public\".\"orders\".\"total\","
        + " \"public\".\"customers\".\"email\" from \"public\".\"orders\" join \"public\".\"customers\""
        + " on \"public\".\"customers\".\"id\" = \"public\".\"orders\".\"customer_id\""
        + " where \"public\".\"orders\".\"created_at\" >= cast(? as timestamp) and \"public\".\"customers\".\"email\" like ?"
        + " order by \"public\".\"orders\".\"created_at\" desc limit ? offset "
        + r.nextInt(10000);
  }

  private static String multiRowInsert(Random r) {
    StringBuilder sb =
        new StringBuilder(
            "insert into order_items (order_id, product_id, qty, price, note) values ");
    for (int row = 0; row < 300; row++) {
      sb.append(row == 0 ? "" : ", ")
          .append('(')
          .append(r.nextInt(100000))
          .append(", ")
          .append(r.nextInt(5000))
          .append(", ")
          .append(1 + r.nextInt(9))
          .append(", ")
          .append(r.nextInt(10000))
          .append(".99, 'gift wrap #")
          .append(row)
          .append("')");
    }
    return sb.toString();
  }

  private static String longInList(Random r) {
    StringBuilder sb =
        new StringBuilder("SELECT p.id, p.name, p.price FROM products p WHERE p.id IN (");
    for (int i = 0; i < 2000; i++) {
      sb.append(i == 0 ? "" : ", ").append(r.nextInt(1_000_000));
    }
    return sb.append(") AND p.deleted_at IS NULL").toString();
  }
}
