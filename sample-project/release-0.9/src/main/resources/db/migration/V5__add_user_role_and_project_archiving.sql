-- Add users.role and projects.archived; existing rows take the column defaults.
ALTER TABLE users
    ADD COLUMN role text NOT NULL DEFAULT 'member',
    ADD CONSTRAINT users_role_check CHECK (role IN ('member', 'reviewer', 'admin'));

ALTER TABLE projects
    ADD COLUMN archived boolean NOT NULL DEFAULT false;

-- Most queries list a user's active projects only.
CREATE INDEX projects_active_owner_idx ON projects (owner_id) WHERE NOT archived;
