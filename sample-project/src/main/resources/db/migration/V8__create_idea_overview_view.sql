-- Add the idea_overview view: ideas of active projects with author, review stats and tags.
CREATE VIEW idea_overview AS
SELECT i.id                     AS idea_id,
       i.title,
       i.status,
       p.id                     AS project_id,
       p.slug                   AS project_slug,
       u.display_name           AS author_name,
       r.review_count,
       r.avg_rating,
       coalesce(t.tags, '{}')   AS tags,
       i.created_at
FROM ideas i
JOIN projects p ON p.id = i.project_id
JOIN users u ON u.id = i.author_id
CROSS JOIN LATERAL (SELECT count(*) AS review_count, round(avg(rv.rating), 2) AS avg_rating
                    FROM reviews rv WHERE rv.idea_id = i.id) r
LEFT JOIN LATERAL (SELECT array_agg(tg.name ORDER BY tg.name) AS tags
                   FROM idea_tags it JOIN tags tg ON tg.id = it.tag_id
                   WHERE it.idea_id = i.id) t ON true
WHERE NOT p.archived;
