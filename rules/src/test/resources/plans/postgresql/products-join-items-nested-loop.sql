select p.sku, oi.quantity from products p join order_items oi on oi.product_id = p.id where p.id between 1 and 3
