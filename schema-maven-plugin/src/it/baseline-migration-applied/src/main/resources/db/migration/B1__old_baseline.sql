-- an older baseline: Flyway only uses the newest one
CREATE TABLE customer (id bigint PRIMARY KEY);
