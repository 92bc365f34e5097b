create table notes (id int primary key, body text);
-- café ouvert
insert into notes values (1, 'café');
