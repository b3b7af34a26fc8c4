select * from orders where status = 'pending' and created_at >= '2024-06-01' and created_at < '2024-07-01'
