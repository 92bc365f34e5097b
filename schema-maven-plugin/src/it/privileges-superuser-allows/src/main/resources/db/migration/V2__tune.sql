-- a setting for the whole server
ALTER SYSTEM SET work_mem = '8MB';
