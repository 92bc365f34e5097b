-- Add lower-case tags and the idea_tags join table linking them to ideas.
CREATE TABLE tags (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tags_name_key UNIQUE (name),
    CONSTRAINT tags_name_check CHECK (name <> '' AND name = lower(name))
);

CREATE TABLE idea_tags (
    idea_id bigint NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    tag_id  bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (idea_id, tag_id)
);

CREATE INDEX idea_tags_tag_id_idx ON idea_tags (tag_id);
