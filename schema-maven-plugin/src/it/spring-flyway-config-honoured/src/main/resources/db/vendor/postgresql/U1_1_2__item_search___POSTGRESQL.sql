DROP INDEX item_name_lower;
