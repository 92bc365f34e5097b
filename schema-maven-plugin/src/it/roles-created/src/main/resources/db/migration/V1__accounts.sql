CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
GRANT SELECT ON accounts TO app_read;
GRANT INSERT, UPDATE ON accounts TO app_write;
