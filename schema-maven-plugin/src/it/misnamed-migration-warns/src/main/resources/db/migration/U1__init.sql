drop table t1;
