select * from orders where customer_id = 42 order by created_at desc limit 20
