-- Add reviews: one scored (1-5) review per reviewer per idea.
CREATE TABLE reviews (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id     bigint      NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    reviewer_id bigint      NOT NULL REFERENCES users (id),
    score       smallint    NOT NULL,
    comment     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_score_check CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT reviews_idea_reviewer_key UNIQUE (idea_id, reviewer_id)
);

CREATE INDEX reviews_reviewer_id_idx ON reviews (reviewer_id);
