-- Seed after V2: ideas in various statuses across the seeded projects (re-runnable).
INSERT INTO ideas (project_id, author_id, title, body, status)
SELECT p.id, a.id, v.title, v.body, v.status::idea_status
FROM (VALUES ('Campus Composting', 'ada@example.org', 'Worm bins in every dorm',
              'Small vermicompost bins, emptied weekly by volunteers.', 'submitted'),
             ('Campus Composting', 'alan@example.org', 'Compost pickup app',
              'Schedule pickups and track kilograms diverted.', 'draft'),
             ('Bug Bounty Club', 'grace@example.org', 'Monthly bug bash',
              'A Friday afternoon hunt with pizza as the bounty.', 'accepted'),
             ('Bug Bounty Club', 'katherine@example.org', 'Leaderboard',
              '', 'rejected'),
             ('Orbit Tutor', 'katherine@example.org', 'Trajectory visualiser',
              'Interactive plots of transfer orbits for first-year physics.', 'in_review'))
     AS v (project_name, author_email, title, body, status)
JOIN projects p ON p.name = v.project_name
JOIN users a ON a.email = v.author_email
ORDER BY p.id, v.title
ON CONFLICT (project_id, title) DO NOTHING;
