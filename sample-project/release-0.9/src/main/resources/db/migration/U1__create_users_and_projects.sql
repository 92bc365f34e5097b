-- Undo V1: drop projects and users, returning to an empty schema.

-- projects references users, so it must go first.
DROP TABLE projects;
DROP TABLE users;
