select * from order_items where product_id = 17
