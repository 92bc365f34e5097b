create table t3 (id int primary key);
