select * from products where name like '%Phone%'
