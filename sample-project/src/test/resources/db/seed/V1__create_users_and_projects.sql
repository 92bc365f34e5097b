-- Seed after V1: four users and the projects they own (re-runnable).
INSERT INTO users (email, display_name)
VALUES ('ada@example.org', 'Ada Lovelace'),
       ('grace@example.org', 'Grace Hopper'),
       ('katherine@example.org', 'Katherine Johnson'),
       ('alan@example.org', 'Alan Turing')
ON CONFLICT (email) DO NOTHING;

-- "Campus Composting" and "Campus composting!" share a slug base (exercises V6's de-duplication).
INSERT INTO projects (owner_id, name, description)
SELECT u.id, v.name, v.description
FROM (VALUES ('ada@example.org', 'Campus Composting', 'Turn cafeteria waste into garden soil.'),
             ('ada@example.org', 'Campus composting!', 'Duplicate draft of the composting pitch.'),
             ('grace@example.org', 'Bug Bounty Club', 'Students hunting bugs in university software.'),
             ('katherine@example.org', 'Orbit Tutor', NULL))
     AS v (email, name, description)
JOIN users u ON u.email = v.email
ORDER BY u.id, v.name
ON CONFLICT (owner_id, name) DO NOTHING;
