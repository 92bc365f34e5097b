-- everything up to 1.1.0 in one script: a fresh database starts here
CREATE TABLE item (id bigint PRIMARY KEY, name varchar(64), price numeric(10,2));
GRANT SELECT ON item TO ${report_role};
