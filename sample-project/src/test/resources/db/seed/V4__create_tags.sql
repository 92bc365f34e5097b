-- Seed after V4: a few tags and their links to seeded ideas (re-runnable).
INSERT INTO tags (name)
VALUES ('sustainability'), ('security'), ('education'), ('mobile')
ON CONFLICT (name) DO NOTHING;

INSERT INTO idea_tags (idea_id, tag_id)
SELECT i.id, t.id
FROM (VALUES ('Worm bins in every dorm', 'sustainability'),
             ('Compost pickup app', 'sustainability'),
             ('Compost pickup app', 'mobile'),
             ('Monthly bug bash', 'security'),
             ('Trajectory visualiser', 'education'))
     AS v (idea_title, tag_name)
JOIN ideas i ON i.title = v.idea_title
JOIN tags t ON t.name = v.tag_name
ON CONFLICT DO NOTHING;
