select * from customers where lower(last_name) = lower('Marer')
