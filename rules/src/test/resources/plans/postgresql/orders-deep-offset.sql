select id, total from orders order by id limit 20 offset 90000
