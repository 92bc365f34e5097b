CREATE TABLE item (id bigint PRIMARY KEY, name varchar(64));
