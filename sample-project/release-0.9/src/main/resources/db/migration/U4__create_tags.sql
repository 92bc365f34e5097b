-- Undo V4: drop the idea_tags join table and the tags table.

-- idea_tags references tags, so it must go first.
DROP TABLE idea_tags;
DROP TABLE tags;
