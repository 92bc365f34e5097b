ALTER TABLE item ADD COLUMN price numeric(10,2);
