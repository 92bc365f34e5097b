create table t4 (id int);
