-- Add projects.slug, backfill it from the name (unique per owner), then enforce it.
ALTER TABLE projects ADD COLUMN slug text;

WITH base AS (
    SELECT id, owner_id,
           coalesce(nullif(trim(BOTH '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), ''),
                    'project') AS base_slug
    FROM projects
), numbered AS (
    SELECT id, base_slug, row_number() OVER (PARTITION BY owner_id, base_slug ORDER BY id) AS n
    FROM base
)
UPDATE projects p
SET slug = CASE WHEN nb.n = 1 THEN nb.base_slug ELSE nb.base_slug || '-' || nb.n END
FROM numbered nb
WHERE p.id = nb.id;

ALTER TABLE projects ALTER COLUMN slug SET NOT NULL;
ALTER TABLE projects ADD CONSTRAINT projects_owner_slug_key UNIQUE (owner_id, slug);
