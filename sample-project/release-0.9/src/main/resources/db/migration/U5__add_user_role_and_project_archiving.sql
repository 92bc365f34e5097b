-- Undo V5: drop the partial index, projects.archived and users.role (with its check).
DROP INDEX projects_active_owner_idx;
ALTER TABLE projects DROP COLUMN archived;
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users DROP COLUMN role;
