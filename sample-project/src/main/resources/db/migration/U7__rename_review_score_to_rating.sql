-- Undo V7: rename reviews.rating back to score and restore the constraint name.

-- Renaming back (rather than drop and re-add) keeps every existing rating.
ALTER TABLE reviews RENAME CONSTRAINT reviews_rating_check TO reviews_score_check;
ALTER TABLE reviews RENAME COLUMN rating TO score;
