select * from addresses where city = 'Lyon' and country = 'FR'
