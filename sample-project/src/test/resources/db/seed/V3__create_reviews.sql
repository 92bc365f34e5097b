-- Seed after V3: reviews of the submitted/reviewed ideas (re-runnable).
INSERT INTO reviews (idea_id, reviewer_id, score, comment)
SELECT i.id, r.id, v.score, v.comment
FROM (VALUES ('Worm bins in every dorm', 'grace@example.org', 4, 'Cheap to pilot; who empties them in summer?'),
             ('Worm bins in every dorm', 'alan@example.org', 5, NULL),
             ('Monthly bug bash', 'ada@example.org', 5, 'Great way to onboard new members.'),
             ('Leaderboard', 'ada@example.org', 2, 'Risks rewarding noise over quality.'),
             ('Trajectory visualiser', 'alan@example.org', 3, 'Needs a clearer target course.'))
     AS v (idea_title, reviewer_email, score, comment)
JOIN ideas i ON i.title = v.idea_title
JOIN users r ON r.email = v.reviewer_email
ORDER BY i.id, r.id
ON CONFLICT (idea_id, reviewer_id) DO NOTHING;
