-- Rename reviews.score to rating (and its check constraint) to match the API wording.

-- A rename keeps the data and the column position; the check expression follows
-- the column automatically, only the constraint name needs renaming by hand.
ALTER TABLE reviews RENAME COLUMN score TO rating;
ALTER TABLE reviews RENAME CONSTRAINT reviews_score_check TO reviews_rating_check;
