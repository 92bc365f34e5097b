DROP TABLE accounts;
DROP EXTENSION pgcrypto;
