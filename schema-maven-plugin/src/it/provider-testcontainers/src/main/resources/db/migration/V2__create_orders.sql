-- orders placed by accounts
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    total numeric(12, 2) NOT NULL
);
CREATE INDEX orders_account_idx ON orders (account_id);
