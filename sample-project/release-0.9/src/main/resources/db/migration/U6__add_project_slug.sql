-- Undo V6: drop projects.slug and its unique constraint.

-- Slugs were derived from project names, so no source data is lost.
ALTER TABLE projects DROP CONSTRAINT projects_owner_slug_key;
ALTER TABLE projects DROP COLUMN slug;
