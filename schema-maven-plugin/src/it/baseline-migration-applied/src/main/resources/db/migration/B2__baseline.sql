-- what V1 and V2 built, in one script; applying V1 after it would fail (customer exists)
CREATE TABLE customer (id bigint PRIMARY KEY, email text);
