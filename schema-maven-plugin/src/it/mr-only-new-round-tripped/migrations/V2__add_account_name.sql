-- released in 1.0, without an undo script
ALTER TABLE accounts ADD COLUMN name text;
