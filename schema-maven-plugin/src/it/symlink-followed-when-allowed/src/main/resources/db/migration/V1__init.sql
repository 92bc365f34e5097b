create table t1 (id int primary key);
