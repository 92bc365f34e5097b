CREATE TABLE stock (item_id bigint NOT NULL REFERENCES item (id), quantity integer NOT NULL DEFAULT 0);
GRANT SELECT ON stock TO ${report_role};
