ALTER TABLE customer ADD COLUMN email text;
