-- Undo V2: drop the ideas table, then the idea_status enum it used.

-- Dropping the table also drops its indexes and foreign keys.
DROP TABLE ideas;
DROP TYPE idea_status;
