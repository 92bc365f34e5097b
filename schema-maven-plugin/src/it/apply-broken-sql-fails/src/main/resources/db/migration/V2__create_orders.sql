-- orders placed by accounts (line 5 has a typo)
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    total numeric(12, 2) NOT NUL
);
