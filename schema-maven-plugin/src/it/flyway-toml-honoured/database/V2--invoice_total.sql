ALTER TABLE invoice ADD COLUMN total numeric(12,2);
