CREATE TABLE ledger (id bigint PRIMARY KEY);
GRANT SELECT ON ledger TO app_read;
GRANT SELECT ON ledger TO auditor;
