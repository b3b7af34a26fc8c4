select o.id, c.email from orders o join customers c on c.id = o.customer_id
