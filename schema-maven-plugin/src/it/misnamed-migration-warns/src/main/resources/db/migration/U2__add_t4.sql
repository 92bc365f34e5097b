drop table t4;
