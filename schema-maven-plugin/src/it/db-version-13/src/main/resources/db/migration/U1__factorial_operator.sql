DROP OPERATOR !!! (bigint, NONE);
DROP FUNCTION factorial_of(bigint);
