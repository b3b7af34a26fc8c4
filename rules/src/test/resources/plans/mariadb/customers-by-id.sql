select * from customers where id = 42
