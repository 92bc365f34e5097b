create table t2 (id int primary key);
