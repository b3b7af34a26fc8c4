select * from customers where lower(last_name) = lower('Nobody-Has-This-Name')
