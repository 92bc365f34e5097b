-- a postfix operator: PostgreSQL 13 accepts it, 14 and later removed postfix operators
CREATE FUNCTION factorial_of(bigint) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT 1::numeric';
CREATE OPERATOR !!! (LEFTARG = bigint, FUNCTION = factorial_of);
