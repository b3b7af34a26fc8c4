select id, customer_id, total from orders order by total desc limit 20
