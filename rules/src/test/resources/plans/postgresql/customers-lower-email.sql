select * from customers where lower(email) = lower('lucia.bergski.4242@example.com')
