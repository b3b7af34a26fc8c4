select id, total from orders order by total desc
