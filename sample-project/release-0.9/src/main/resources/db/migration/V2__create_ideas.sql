-- Add ideas submitted to projects, with an idea_status enum for their lifecycle.
CREATE TYPE idea_status AS ENUM ('draft', 'submitted', 'in_review', 'accepted', 'rejected');

CREATE TABLE ideas (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id bigint      NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    author_id  bigint      NOT NULL REFERENCES users (id),
    title      text        NOT NULL,
    body       text        NOT NULL DEFAULT '',
    status     idea_status NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT ideas_project_title_key UNIQUE (project_id, title)
);

CREATE INDEX ideas_author_id_idx ON ideas (author_id);
CREATE INDEX ideas_status_idx ON ideas (status);
