CREATE TABLE invoice (id bigint PRIMARY KEY, currency char(3) NOT NULL DEFAULT #{currency});
