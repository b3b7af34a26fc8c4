package io.queryscope.mysql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements over the {@code shop} schema whose plans are recorded: the planted problems
 * (fixtures/README.md), the sound lookups, and every plan shape the parser must know (joins,
 * subqueries, derived tables, unions, sorts, grouping, windows, writes).
 */
final class ShopStatements {

  private ShopStatements() {}

  static Map<String, String> all() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("customer-by-id", "select * from customers where id = 42");
    s.put("customer-by-email", "select * from customers where email = 'anna.smith.42@example.com'");
    s.put(
        "orders-pending-in-month",
        "select * from orders where status = 'pending' and created_at >= '2024-01-01' and"
            + " created_at < '2024-02-01'");
    s.put("order-items-by-product", "select * from order_items where product_id = 17");
    s.put(
        "customers-lower-last-name",
        "select * from customers where lower(last_name) = lower('Miller')");
    s.put("customers-by-last-name", "select * from customers where last_name = 'Miller'");
    s.put("products-name-contains", "select * from products where name like '%Phone%'");
    s.put("products-name-prefix", "select * from products where name like 'Phone%'");
    s.put("orders-deep-offset", "select id, total from orders order by id limit 20 offset 9000");
    s.put(
        "addresses-city-country", "select * from addresses where city = 'Lyon' and country = 'FR'");
    s.put(
        "orders-of-customer-recent",
        "select * from orders where customer_id = 42 order by created_at desc limit 10");
    s.put(
        "reviews-of-product",
        "select * from reviews where product_id = 17 order by created_at desc");
    s.put("product-by-sku", "select * from products where sku = 'SKU-000017'");
    s.put("payment-by-provider-ref", "select * from payments where provider_ref = 'ref-000001'");
    s.put("category-by-slug", "select * from categories where slug = 'phones'");
    s.put("categories-all", "select * from categories");
    s.put(
        "order-with-customer",
        "select o.id, o.total, c.email from orders o join customers c on c.id = o.customer_id"
            + " where o.id = 1234");
    s.put(
        "revenue-by-country",
        "select c.country, count(*), sum(o.total) from orders o join customers c on c.id ="
            + " o.customer_id group by c.country");
    s.put(
        "order-lines-with-products",
        "select oi.*, p.name from order_items oi join products p on p.id = oi.product_id where"
            + " oi.order_id = 1234");
    s.put(
        "top-products",
        "select p.id, p.name, sum(oi.quantity) q from order_items oi join products p on p.id ="
            + " oi.product_id group by p.id, p.name order by q desc limit 10");
    s.put(
        "customers-without-orders",
        "select c.id from customers c where not exists (select 1 from orders o where"
            + " o.customer_id = c.id)");
    s.put(
        "customers-with-refunds",
        "select * from customers where id in (select customer_id from orders where status ="
            + " 'refunded')");
    s.put("orders-per-status", "select status, count(*) from orders group by status");
    s.put("order-statuses", "select distinct status from orders");
    s.put(
        "revenue-by-month",
        "select date_format(created_at, '%Y-%m') m, sum(total) from orders group by m order by m");
    s.put("payments-of-order", "select * from payments where order_id = 1234");
    s.put("payments-since", "select count(*) from payments where paid_at >= '2024-06-01'");
    s.put(
        "best-rated-products",
        "select product_id, avg(rating) from reviews group by product_id having avg(rating) > 4"
            + " order by 2 desc limit 20");
    s.put(
        "frequent-customers-derived",
        "select t.customer_id, t.n from (select customer_id, count(*) n from orders group by"
            + " customer_id) t where t.n > 5 order by t.n desc");
    s.put(
        "union-fr-or-pending",
        "select id from customers where country = 'FR' union select customer_id from orders where"
            + " status = 'pending'");
    s.put(
        "union-all-emails",
        "select email from customers where id < 10 union all select email from customers where id"
            + " > 1990");
    s.put(
        "customer-orders-payments",
        "select c.email, o.id, p.amount from customers c join orders o on o.customer_id = c.id"
            + " join payments p on p.order_id = o.id where c.id = 42");
    s.put(
        "addresses-per-customer",
        "select c.id, count(a.id) from customers c left join addresses a on a.customer_id = c.id"
            + " group by c.id order by count(a.id) desc limit 5");
    s.put("largest-orders", "select * from orders order by total desc limit 50");
    s.put("orders-count", "select count(*) from orders");
    s.put(
        "products-with-bad-reviews",
        "select p.* from products p where exists (select 1 from reviews r where r.product_id ="
            + " p.id and r.rating = 1)");
    s.put(
        "last-order-per-customer",
        "select c.id, (select max(o.created_at) from orders o where o.customer_id = c.id)"
            + " last_order from customers c where c.country = 'DE' limit 20");
    s.put("orders-in-list", "select * from orders where id in (1, 2, 3, 500, 9000)");
    s.put(
        "orders-between-dates",
        "select * from orders where created_at between '2024-03-01' and '2024-03-02'");
    s.put(
        "active-products-in-category",
        "select * from products where category_id = 12 and active = 1 order by price");
    s.put(
        "order-item-sums",
        "select order_id, sum(quantity * unit_price) from order_items where order_id between 100"
            + " and 200 group by order_id");
    s.put("update-order-status", "update orders set status = 'shipped' where id = 1234");
    s.put("delete-reviews-of-customer", "delete from reviews where customer_id = 42");
    s.put(
        "rank-orders-per-customer",
        "select id, customer_id, total, rank() over (partition by customer_id order by total"
            + " desc) r from orders where customer_id < 10");
    s.put(
        "recent-orders-cte",
        "with recent as (select * from orders where created_at >= '2024-12-01') select"
            + " customer_id, count(*) from recent group by customer_id");
    s.put(
        "join-on-expression",
        "select o.id, c.id from orders o join customers c on c.email = concat('x', o.id) limit 5");
    return s;
  }
}
