-- Undo V8: drop the idea_overview view.

-- Undo runs newest first, so the view is gone before U7 renames reviews.rating
-- back to score; dropping a view touches no table data.
DROP VIEW idea_overview;
