drop table t3;
