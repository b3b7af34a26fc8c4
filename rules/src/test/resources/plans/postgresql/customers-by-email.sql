select * from customers where email = 'lucia.ostley.12345@example.com'
