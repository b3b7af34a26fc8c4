select * from customers where email = 'anna.eckez.1234@example.com'
