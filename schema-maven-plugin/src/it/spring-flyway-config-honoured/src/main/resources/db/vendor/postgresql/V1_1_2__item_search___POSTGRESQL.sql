CREATE INDEX item_name_lower ON item (lower(name));
