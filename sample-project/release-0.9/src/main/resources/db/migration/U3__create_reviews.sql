-- Undo V3: drop the reviews table.

-- Its index, check and unique constraints and foreign keys go with it;
-- nothing else references reviews at this version.
DROP TABLE reviews;
